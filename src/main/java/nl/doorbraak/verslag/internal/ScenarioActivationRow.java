package nl.doorbraak.verslag.internal;

import java.time.Instant;

/** A scenario of a finalised verslag and, once activated, why and when ({@code activatedAt} null before). */
public record ScenarioActivationRow(long id, long verslagId, long agendaItemId, String ifThis, String thenThat,
        long ownerId, String reason, Instant activatedAt, Long agreementId) {

    public boolean activated() {
        return activatedAt != null;
    }
}
