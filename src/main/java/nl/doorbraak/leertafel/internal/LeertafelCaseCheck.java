package nl.doorbraak.leertafel.internal;

import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.anonymity.AnonymityCheck;
import nl.doorbraak.anonymity.AnonymityResult;
import nl.doorbraak.anonymity.IdentifierHit;
import org.springframework.stereotype.Component;

/**
 * Every free-text field of a leertafelcasus through the one identifier check: the title, the situation, the question
 * and each intervention. {@code alsoIdentifying} are the names and places of an offered case, which the check then
 * knows as well.
 */
@Component
class LeertafelCaseCheck {

    private final AnonymityCheck check;

    LeertafelCaseCheck(AnonymityCheck check) {
        this.check = check;
    }

    List<LeertafelCaseHit> hits(LeertafelCaseDraft draft, List<String> alsoIdentifying) {
        List<LeertafelCaseHit> hits = new ArrayList<>();
        add(hits, CaseTextField.TITEL, 0, draft.title(), alsoIdentifying);
        for (int line = 0; line < draft.interventions().size(); line++) {
            add(hits, CaseTextField.INTERVENTIE, line, draft.interventions().get(line), alsoIdentifying);
        }
        add(hits, CaseTextField.SITUATIE, 0, draft.situation(), alsoIdentifying);
        add(hits, CaseTextField.VRAAG, 0, draft.question(), alsoIdentifying);
        return hits;
    }

    private void add(List<LeertafelCaseHit> hits, CaseTextField field, int line, String text,
            List<String> alsoIdentifying) {
        if (text == null) {
            return;
        }
        AnonymityResult result = alsoIdentifying.isEmpty() ? check.check(text) : check.check(text, alsoIdentifying);
        for (IdentifierHit hit : result.hits()) {
            hits.add(new LeertafelCaseHit(field, line, hit.start(), hit.end(), hit.kind().name(), hit.reason(),
                    hit.in(text)));
        }
    }
}
