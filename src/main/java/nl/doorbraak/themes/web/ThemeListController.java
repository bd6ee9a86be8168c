package nl.doorbraak.themes.web;

import jakarta.validation.Valid;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.themes.Theme;
import nl.doorbraak.themes.internal.ThemeListPage;
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

/** The region's knelpunten and themes: everyone who reaches the leertafel reads them, its coordinators add and order them. */
@Controller
@RequestMapping("/leertafels/{regio}/{tafel}/themas")
class ThemeListController {

    private final ThemeListPage pages;
    private final ThemeMaintenance maintenance;
    private final MessageSource messages;

    ThemeListController(ThemeListPage pages, ThemeMaintenance maintenance, MessageSource messages) {
        this.pages = pages;
        this.maintenance = maintenance;
        this.messages = messages;
    }

    @InitBinder("themeNameForm")
    void allowName(WebDataBinder binder) {
        binder.setAllowedFields("name");
    }

    @GetMapping
    String list(@PathVariable String regio, @PathVariable String tafel, Model model) {
        model.addAttribute("themeNameForm", new ThemeNameForm());
        return show(CurrentUsers.get(), regio, tafel, model);
    }

    @PostMapping
    String add(@PathVariable String regio, @PathVariable String tafel, @Valid ThemeNameForm themeNameForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        if (binding.hasErrors()) {
            maintenance.mayAdd(user, regio, tafel);
            return show(user, regio, tafel, model);
        }
        try {
            Theme theme = maintenance.add(user, regio, tafel, themeNameForm.getName());
            redirect.addFlashAttribute("flashSuccess", message("themes.added", theme.name()));
            return "redirect:/leertafels/" + regio + "/" + tafel + "/themas";
        } catch (ThemeNameTaken taken) {
            binding.rejectValue("name", "themes.name.taken");
            return show(user, regio, tafel, model);
        }
    }

    @PostMapping("/{themeId}/verplaatsen")
    String move(@PathVariable String regio, @PathVariable String tafel, @PathVariable long themeId,
            @RequestParam(defaultValue = "") String richting, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        maintenance.editable(user, regio, tafel, themeId);
        if (!richting.equals("omhoog") && !richting.equals("omlaag")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Theme theme = maintenance.move(user, regio, tafel, themeId, richting.equals("omhoog") ? -1 : 1);
        redirect.addFlashAttribute("flashSuccess", message("themes.moved", theme.name()));
        return "redirect:/leertafels/" + regio + "/" + tafel + "/themas";
    }

    private String show(CurrentUser user, String regio, String tafel, Model model) {
        model.addAttribute("view", pages.view(user, regio, tafel));
        return "themes/list";
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
