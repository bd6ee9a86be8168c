package nl.doorbraak.proposals.web;

import nl.doorbraak.common.FormErrors;
import nl.doorbraak.proposals.internal.FormCheck;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Puts the service's problems next to the form's own, and the identifiers found beside the fields they are in. */
final class FormProblems {

    private FormProblems() {
    }

    static void add(FormCheck check, BindingResult binding, Model model) {
        check.problems().forEach(p -> FormErrors.reject(binding, p.field(), p.messageKey(), p.arguments().toArray()));
        model.addAttribute("identifiers", check.identifiers());
    }
}
