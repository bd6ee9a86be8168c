package nl.doorbraak.identity.internal;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * The changes to an account that could give someone access to case content, each audited as its own action (the
 * privacy officer lists them at /audit/rechten) and told to the account holder where that helps them notice abuse.
 */
@Component
class AccountRightsAudit {

    private static final String OBJECT_TYPE = "GEBRUIKER";

    private final AuditLog audit;
    private final AccountNotices notices;

    AccountRightsAudit(AuditLog audit, AccountNotices notices) {
        this.audit = audit;
        this.notices = notices;
    }

    void updated(long id, EditableUser before, UserDraft after) {
        String account = AccountDetails.of(after.username(), after.roles());
        if (!before.roles().equals(after.roles())) {
            audit.record(AuditEvent.of("ROLLEN_GEWIJZIGD", OBJECT_TYPE, id)
                    .withDetails(account + "; rollen voor=" + AccountDetails.roles(before.roles())));
        }
        if (!before.email().equalsIgnoreCase(after.email())) {
            audit.record(AuditEvent.of("EMAIL_GEWIJZIGD", OBJECT_TYPE, id)
                    .withDetails(account + "; e-mail voor=" + before.email() + "; e-mail=" + after.email()));
            notices.emailChanged(before.email());
        }
    }

    void passwordSetByAdministrator(EditableUser user) {
        notices.passwordSetByAdministrator(user.email());
    }
}
