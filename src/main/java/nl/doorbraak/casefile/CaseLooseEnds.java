package nl.doorbraak.casefile;

import java.util.List;

/**
 * Answered by the modules that keep things open for a case (escalation, planning, verslag), so the casefile module
 * can list them on its closing page without depending on those modules. Reads only; the caller audits the read.
 */
public interface CaseLooseEnds {

    /** What is still open for the case, soonest first. */
    List<LooseEnd> openFor(long caseId);
}
