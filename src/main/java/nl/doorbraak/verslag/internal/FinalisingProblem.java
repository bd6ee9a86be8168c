package nl.doorbraak.verslag.internal;

import java.util.List;

/** Something the verslag still lacks before it can be finalised: a message key with its arguments. */
public record FinalisingProblem(String messageKey, List<Object> arguments) {

    public FinalisingProblem {
        arguments = List.copyOf(arguments);
    }

    static FinalisingProblem of(String key, Object... arguments) {
        return new FinalisingProblem("verslagversie.missing." + key, List.of(arguments));
    }
}
