package nl.doorbraak.verslag.web;

import nl.doorbraak.identity.CurrentUsers;
import nl.doorbraak.verslag.internal.FollowupRefused;
import nl.doorbraak.verslag.internal.ScenarioActivationService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Activating a scenario of the case: a reason, and the deadline and result of the agreement it becomes. */
@Controller
class ScenarioActivationController {

    private final ScenarioActivationService activation;
    private final MessageSource messages;

    ScenarioActivationController(ScenarioActivationService activation, MessageSource messages) {
        this.activation = activation;
        this.messages = messages;
    }

    @GetMapping("/casussen/{caseId}/scenarios/{scenarioId}")
    String page(@PathVariable long caseId, @PathVariable long scenarioId, Model model) {
        model.addAttribute("activationForm", new ScenarioActivationForm());
        return render(caseId, scenarioId, model);
    }

    @PostMapping("/casussen/{caseId}/scenarios/{scenarioId}/activeren")
    String activate(@PathVariable long caseId, @PathVariable long scenarioId,
            @ModelAttribute("activationForm") ScenarioActivationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                activation.activate(CurrentUsers.get(), caseId, scenarioId, form.getReason(), form.getDueOn(),
                        form.getResult());
                redirect.addFlashAttribute("flashSuccess", messages.getMessage("afspraken.scenario.saved", null,
                        LocaleContextHolder.getLocale()));
                return "redirect:/casussen/" + caseId + "/afspraken";
            } catch (FollowupRefused refused) {
                FollowupErrors.bind(refused, result, model, messages);
            }
        }
        return render(caseId, scenarioId, model);
    }

    private String render(long caseId, long scenarioId, Model model) {
        model.addAttribute("page", activation.page(CurrentUsers.get(), caseId, scenarioId));
        return "afspraken/scenario";
    }
}
