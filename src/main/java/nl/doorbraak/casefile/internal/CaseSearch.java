package nl.doorbraak.casefile.internal;

import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching the case list (Casussen) on name, case number and date of birth: the same cases the list shows the user,
 * found through indexes. Every search is audited with what kind of term was searched on and the number of hits,
 * never the term itself: a name or date of birth in the log would be personal data of its own.
 */
@Service
@Transactional
public class CaseSearch {

    private final CaseListQuery lists;
    private final CaseScopes scopes;
    private final CaseTime time;
    private final AuditLog audit;

    CaseSearch(CaseListQuery lists, CaseScopes scopes, CaseTime time, AuditLog audit) {
        this.lists = lists;
        this.scopes = scopes;
        this.time = time;
        this.audit = audit;
    }

    public CasePage search(CurrentUser user, CaseSearchTerm term, int page, int pageSize) {
        CasePage found = lists.matching(scopes.of(user), term, time.today(), Math.max(page, 0), pageSize);
        audit.record(AuditEvent.of("CASUSSEN_GEZOCHT", "CASUS", null).withActor(user.username())
                .withDetails(searchedOn(term) + ", " + hits(found)));
        return found;
    }

    private static String hits(CasePage found) {
        return (found.countCapped() ? "meer dan " : "") + found.count() + (found.count() == 1 ? " treffer" : " treffers");
    }

    private static String searchedOn(CaseSearchTerm term) {
        List<String> kinds = new ArrayList<>();
        if (term.caseNumber() != null) {
            kinds.add("casusnummer");
        }
        if (term.birthDate() != null) {
            kinds.add("geboortedatum");
        }
        if (!term.nameParts().isEmpty()) {
            kinds.add("naam");
        }
        return "gezocht op " + String.join(" en ", kinds);
    }
}
