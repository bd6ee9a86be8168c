package nl.doorbraak.leertafel.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a leertafelcasus. A draft may be incomplete; a submitted case has everything the table needs (what
 * leertafel_case_submitted_is_complete holds). Who sees a case: its author always; once submitted the region's
 * coordinators and the table's chairs; the other members from a week before a session that discusses it (the
 * seed's preparation), so a case does not travel further than the table that asked for it.
 */
public final class LeertafelCaseRules {

    /** The form fields a submission lacks, each with its message key; empty when it is complete. */
    public static List<String[]> missingForSubmission(LeertafelCaseDraft draft) {
        List<String[]> missing = new ArrayList<>();
        require(missing, draft.title(), "title");
        require(missing, draft.ageBand(), "ageBand");
        require(missing, draft.schoolType(), "schoolType");
        require(missing, draft.sector(), "sector");
        require(missing, draft.outOfSchoolBand(), "outOfSchoolBand");
        require(missing, draft.processBand(), "processBand");
        require(missing, draft.situation(), "situation");
        require(missing, draft.question(), "question");
        return missing;
    }

    public static boolean maySee(boolean submitted, Audience audience) {
        if (audience.author()) {
            return true;
        }
        if (!submitted) {
            return false;
        }
        return audience.manages() || audience.chairs() || audience.member() && audience.onAgendaWithinAWeek();
    }

    /** Only the author changes a case, and only while it is a draft: what the table prepared stays as it was. */
    public static boolean mayEdit(boolean submitted, Audience audience) {
        return audience.author() && !submitted;
    }

    /** The overrides and their reasons are for whoever guards the table's anonymity: the chair and coordinators. */
    public static boolean seesOverrides(Audience audience) {
        return audience.manages() || audience.chairs();
    }

    private static void require(List<String[]> missing, String value, String field) {
        if (value == null) {
            missing.add(new String[] {field, "leertafelcasus." + field + ".required"});
        }
    }

    /** How the viewer stands to one case and its table. */
    public record Audience(boolean author, boolean manages, boolean chairs, boolean member, boolean onAgendaWithinAWeek) {
    }

    private LeertafelCaseRules() {
    }
}
