package nl.doorbraak.casefile;

import java.util.Set;

/**
 * Which agendas a case is on, as need-to-know asks it: a chair sees the cases on the agenda of the meetings they
 * chair, planned or held; a cancelled meeting or a replaced chair gives nothing. The planning module answers (the
 * casefile module may not depend on it); without planning nobody chairs anything.
 */
public interface CaseAgendas {

    /** The users who chair a planned or held (not cancelled) meeting with this case on its agenda. */
    Set<Long> chairsOf(long caseId);

    /** The cases on the agenda of the planned or held (not cancelled) meetings this user chairs. */
    Set<Long> casesChairedBy(long userId);
}
