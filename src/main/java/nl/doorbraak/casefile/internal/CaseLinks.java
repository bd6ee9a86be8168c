package nl.doorbraak.casefile.internal;

import java.util.List;

/** The case this one continues ({@code earlier}, or null) and the cases that continue it, as far as the viewer may see. */
public record CaseLinks(Long earlier, List<Long> later) {

    public static final CaseLinks NONE = new CaseLinks(null, List.of());

    public CaseLinks {
        later = List.copyOf(later);
    }

    public boolean isEmpty() {
        return earlier == null && later.isEmpty();
    }
}
