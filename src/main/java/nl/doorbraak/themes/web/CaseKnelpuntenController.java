package nl.doorbraak.themes.web;

import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.themes.internal.CaseKnelpunten;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The knelpunten of one of the region's cases, ticked by its coordinators or chair at the verslag or at closure. */
@Controller
@RequestMapping("/casussen/{caseId}/knelpunten")
class CaseKnelpuntenController {

    private final CaseKnelpunten knelpunten;
    private final MessageSource messages;

    CaseKnelpuntenController(CaseKnelpunten knelpunten, MessageSource messages) {
        this.knelpunten = knelpunten;
        this.messages = messages;
    }

    @InitBinder("knelpuntenForm")
    void allowThemes(WebDataBinder binder) {
        binder.setAllowedFields("themeIds");
    }

    @GetMapping
    String show(@PathVariable long caseId, Model model) {
        var view = knelpunten.view(CurrentUsers.get(), caseId);
        KnelpuntenForm form = new KnelpuntenForm();
        form.setThemeIds(new java.util.LinkedHashSet<>(view.tagged()));
        model.addAttribute("view", view);
        model.addAttribute("knelpuntenForm", form);
        return "themes/case";
    }

    @PostMapping
    String save(@PathVariable long caseId, KnelpuntenForm knelpuntenForm, RedirectAttributes redirect) {
        int count = knelpunten.save(CurrentUsers.get(), caseId, knelpuntenForm.getThemeIds());
        redirect.addFlashAttribute("flashSuccess",
                messages.getMessage("themes.case.saved", new Object[] {count}, LocaleContextHolder.getLocale()));
        return "redirect:/casussen/" + caseId + "/knelpunten";
    }
}
