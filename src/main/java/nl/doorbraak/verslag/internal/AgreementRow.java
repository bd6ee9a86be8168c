package nl.doorbraak.verslag.internal;

import java.time.LocalDate;

/** A stored SMART agreement; {@code ownerId} is the owner's agenda participant. */
public record AgreementRow(long id, String what, long ownerId, LocalDate dueOn, String how, String result,
        String status) {
}
