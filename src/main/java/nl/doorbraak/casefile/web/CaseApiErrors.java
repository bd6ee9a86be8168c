package nl.doorbraak.casefile.web;

import nl.doorbraak.api.ApiProblem;
import nl.doorbraak.casefile.internal.InputRefused;
import org.springframework.http.HttpStatus;

/** The case services' refusals as API problems, with Dutch messages from the casefile bundle. */
final class CaseApiErrors {

    private CaseApiErrors() {
    }

    /** Unknown and not visible answer alike, so the API does not tell which cases exist. */
    static ApiProblem notFound() {
        return ApiProblem.of(HttpStatus.NOT_FOUND, "casefile.api.notFound");
    }

    /** 400 with one entry per refused field, named as in the request body. */
    static ApiProblem invalid(InputRefused refused) {
        return ApiProblem.invalid(refused.problems().stream()
                .map(p -> new ApiProblem.FieldMessage(ReferralApiRequest.jsonPathOf(p.field()), p.messageKey()))
                .toList());
    }
}
