package nl.doorbraak.leertafel.internal;

import java.util.List;

/** A warning about the group's make-up: a message key with its arguments. It never refuses anything. */
public record MemberWarning(String messageKey, List<Object> arguments) {

    public MemberWarning {
        arguments = List.copyOf(arguments);
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
