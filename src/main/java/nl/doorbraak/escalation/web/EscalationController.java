package nl.doorbraak.escalation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Valid;
import nl.doorbraak.escalation.internal.EscalationRefused;
import nl.doorbraak.escalation.internal.EscalationService;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The escalations of a case: everyone who may see the case reads them; participants raise, coordinators resolve. */
@Controller
@RequestMapping("/casussen/{caseId}/opschalen")
class EscalationController {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final EscalationService escalations;
    private final MessageSource messages;
    private final Clock clock;

    EscalationController(EscalationService escalations, MessageSource messages, Clock clock) {
        this.escalations = escalations;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable long caseId, Model model) {
        model.addAttribute("raiseForm", new RaiseForm());
        model.addAttribute("resolveForm", new ResolveForm());
        return show(CurrentUsers.get(), caseId, model);
    }

    @PostMapping
    String raise(@PathVariable long caseId, @Valid RaiseForm raiseForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        raiseForm.checkConsent(binding, LocalDate.now(clock.withZone(DUTCH_TIME)));
        if (binding.hasErrors()) {
            model.addAttribute("resolveForm", new ResolveForm());
            return show(user, caseId, model);
        }
        try {
            int told = escalations.raise(user, caseId, raiseForm.toDraft());
            redirect.addFlashAttribute("flashSuccess", text("escalation.raised", told));
        } catch (EscalationRefused refused) {
            redirect.addFlashAttribute("flashError", text(refused.messageKey()));
        }
        return "redirect:/casussen/" + caseId + "/opschalen";
    }

    @PostMapping("/oplossen")
    String resolve(@PathVariable long caseId, @Valid ResolveForm resolveForm, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.get();
        if (binding.hasErrors()) {
            model.addAttribute("raiseForm", new RaiseForm());
            return show(user, caseId, model);
        }
        try {
            escalations.resolve(user, caseId, resolveForm.getEscalationId(), resolveForm.getDecision());
            redirect.addFlashAttribute("flashSuccess", text("escalation.resolved"));
        } catch (EscalationRefused refused) {
            redirect.addFlashAttribute("flashError", text(refused.messageKey()));
        }
        return "redirect:/casussen/" + caseId + "/opschalen";
    }

    private String show(CurrentUser user, long caseId, Model model) {
        model.addAttribute("view", escalations.page(user, caseId));
        return "escalation/case";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
