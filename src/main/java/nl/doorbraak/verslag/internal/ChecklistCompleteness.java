package nl.doorbraak.verslag.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Before finalising every checklist question has an answer (or "niet aanwezig" where allowed); drafts may be blank. */
public final class ChecklistCompleteness {

    private ChecklistCompleteness() {
    }

    /** The positions of the werkwijze's questions without an answer. */
    public static List<Integer> unanswered(List<String> questions, List<ChecklistAnswer> answers) {
        Map<Integer, ChecklistAnswer> byPosition = answers.stream()
                .collect(Collectors.toMap(ChecklistAnswer::position, Function.identity(), (a, b) -> b));
        return IntStream.range(0, questions.size())
                .filter(i -> byPosition.get(i) == null || !byPosition.get(i).answered())
                .boxed().toList();
    }
}
