package nl.doorbraak.casefile.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for the closing form, per field: an aanbod needs a type, a place and a start date that is not before
 * the youth stopped going to school and not more than {@value #MONTHS_AHEAD} months ahead (a plan, not a wish);
 * another reason needs its code, and "anders" an explanation. Pure.
 */
final class ClosureChecks {

    static final int MONTHS_AHEAD = 3;

    private ClosureChecks() {
    }

    static List<FieldProblem> check(ClosureInput input, LocalDate outOfSchoolSince, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.kind() == null) {
            problems.add(new FieldProblem("kind", "closure.kind.required"));
        } else if (input.kind() == OutcomeKind.PASSEND_AANBOD) {
            checkOffer(input, outOfSchoolSince, today, problems);
        } else {
            checkReason(input, problems);
        }
        return problems;
    }

    private static void checkOffer(ClosureInput input, LocalDate since, LocalDate today, List<FieldProblem> problems) {
        if (input.offerType() == null) {
            problems.add(new FieldProblem("offerType", "closure.offerType.required"));
        }
        if (input.place() == null) {
            problems.add(new FieldProblem("place", "closure.place.required"));
        }
        if (input.startsOn() == null) {
            problems.add(new FieldProblem("startsOn", "closure.startsOn.required"));
        } else if (since != null && input.startsOn().isBefore(since)) {
            problems.add(new FieldProblem("startsOn", "closure.startsOn.beforeOutOfSchool"));
        } else if (input.startsOn().isAfter(today.plusMonths(MONTHS_AHEAD))) {
            problems.add(new FieldProblem("startsOn", "closure.startsOn.tooFarAhead"));
        }
    }

    private static void checkReason(ClosureInput input, List<FieldProblem> problems) {
        if (input.reason() == null) {
            problems.add(new FieldProblem("reason", "closure.reason.required"));
        } else if (input.reason() == ClosureReason.ANDERS && input.explanation() == null) {
            problems.add(new FieldProblem("explanation", "closure.explanation.required"));
        }
    }
}
