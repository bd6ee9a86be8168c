package nl.doorbraak.verslag.web;

import java.util.List;

import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.verslag.internal.FinalisingOutcome;
import nl.doorbraak.verslag.internal.FinalisingRefused;
import nl.doorbraak.verslag.internal.FinalisingService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chair's finalise button in the meeting mode. It sends the whole page, so the main form is saved first (a date
 * typed just before pressing it counts). An incomplete verslag goes back to the meeting mode with what is missing:
 * one page message, and the list itself as the flash attribute {@code finaliseMissing}.
 */
@Controller
class FinalisingController {

    private final FinalisingService finalising;
    private final DraftFirst draftFirst;
    private final MessageSource messages;

    FinalisingController(FinalisingService finalising, DraftFirst draftFirst, MessageSource messages) {
        this.finalising = finalising;
        this.draftFirst = draftFirst;
        this.messages = messages;
    }

    @PostMapping("/verslagen/{agendaItemId}/vaststellen")
    String finalise(@PathVariable long agendaItemId, @ModelAttribute DraftForm draftForm, BindingResult draftBinding,
            @ModelAttribute AgreementForm agreementForm, BindingResult agreementBinding,
            @ModelAttribute ScenarioForm scenarioForm, BindingResult scenarioBinding, Model model,
            RedirectAttributes redirect) {
        String stopped = draftFirst.saveFirst(new PostedPage(agendaItemId, draftForm, draftBinding, agreementForm,
                agreementBinding, scenarioForm, scenarioBinding), model, redirect);
        if (stopped != null) {
            return stopped;
        }
        String draftPage = "redirect:/verslagen/" + agendaItemId;
        FinalisingOutcome outcome;
        try {
            outcome = finalising.finalise(CurrentUsers.get(), agendaItemId);
        } catch (FinalisingRefused refused) {
            redirect.addFlashAttribute("flashError", text(refused.messageKey()));
            return draftPage;
        }
        if (!outcome.done()) {
            List<String> missing = outcome.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), p.arguments().toArray(), LocaleContextHolder.getLocale()))
                    .toList();
            redirect.addFlashAttribute("finaliseMissing", missing);
            redirect.addFlashAttribute("flashError", text("verslagversie.finalise.incomplete"));
            return draftPage;
        }
        redirect.addFlashAttribute("flashSuccess", text("verslagversie.finalise.done"));
        return "redirect:/verslagen/" + agendaItemId + "/versies/" + outcome.version();
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
