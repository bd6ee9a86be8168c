package nl.doorbraak.verslag.web;

import org.springframework.validation.BindingResult;

/**
 * The meeting mode's page as one button sent it: the main form and both sub-forms (new agreement, new scenario),
 * each with its binding. Every button of the page sends all three, so none of them loses what was typed.
 */
record PostedPage(long itemId, DraftForm draft, BindingResult draftBinding, AgreementForm agreement,
        BindingResult agreementBinding, ScenarioForm scenario, BindingResult scenarioBinding) {

    /** Which sub-form the button acted on: that one is done, what was typed in the others comes back. */
    enum Part {
        NONE, AGREEMENT, SCENARIO
    }

    BindingResult binding(Part part) {
        return switch (part) {
            case AGREEMENT -> agreementBinding;
            case SCENARIO -> scenarioBinding;
            case NONE -> null;
        };
    }
}
