package nl.doorbraak.themes.web;

import jakarta.validation.Valid;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.themes.Theme;
import nl.doorbraak.themes.internal.ThemeMaintenance;
import nl.doorbraak.themes.internal.ThemeNameTaken;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One theme for the region's coordinators: rename it, or take it out of use and back (never delete it). */
@Controller
@RequestMapping("/leertafels/{regio}/{tafel}/themas/{themeId}")
class ThemeEditController {

    private final ThemeMaintenance maintenance;
    private final MessageSource messages;

    ThemeEditController(ThemeMaintenance maintenance, MessageSource messages) {
        this.maintenance = maintenance;
        this.messages = messages;
    }

    @InitBinder("themeNameForm")
    void allowName(WebDataBinder binder) {
        binder.setAllowedFields("name");
    }

    @GetMapping
    String edit(@PathVariable String regio, @PathVariable String tafel, @PathVariable long themeId, Model model) {
        Theme theme = maintenance.forEditing(CurrentUsers.get(), regio, tafel, themeId);
        ThemeNameForm form = new ThemeNameForm();
        form.setName(theme.name());
        model.addAttribute("themeNameForm", form);
        return show(theme, regio, tafel, model);
    }

    @PostMapping
    String rename(@PathVariable String regio, @PathVariable String tafel, @PathVariable long themeId,
            @Valid ThemeNameForm themeNameForm, BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        Theme theme = maintenance.editable(user, regio, tafel, themeId);
        if (binding.hasErrors()) {
            return show(theme, regio, tafel, model);
        }
        try {
            Theme renamed = maintenance.rename(user, regio, tafel, themeId, themeNameForm.getName());
            redirect.addFlashAttribute("flashSuccess", message("themes.renamed", renamed.name()));
            return list(regio, tafel);
        } catch (ThemeNameTaken taken) {
            binding.rejectValue("name", "themes.name.taken");
            return show(theme, regio, tafel, model);
        }
    }

    @PostMapping("/actief")
    String setActive(@PathVariable String regio, @PathVariable String tafel, @PathVariable long themeId,
            @RequestParam(defaultValue = "") String actief, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        maintenance.editable(user, regio, tafel, themeId);
        if (!actief.equals("true") && !actief.equals("false")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Theme theme = maintenance.setActive(user, regio, tafel, themeId, Boolean.parseBoolean(actief));
        redirect.addFlashAttribute("flashSuccess",
                message(theme.active() ? "themes.reactivated" : "themes.deactivated", theme.name()));
        return list(regio, tafel);
    }

    private static String list(String regio, String tafel) {
        return "redirect:/leertafels/" + regio + "/" + tafel + "/themas";
    }

    private static String show(Theme theme, String regio, String tafel, Model model) {
        model.addAttribute("theme", theme);
        model.addAttribute("listPath", "/leertafels/" + regio + "/" + tafel + "/themas");
        return "themes/edit";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
