package nl.doorbraak.identity.internal;

import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's reads of accounts: names, e-mail addresses, roles and regions of the people who use the
 * system are personal data too, so every list and every account page shown is audited.
 */
@Service
@Transactional
public class AccountReads {

    private final UserSearchQuery search;
    private final UserAdministration administration;
    private final AuditLog audit;

    AccountReads(UserSearchQuery search, UserAdministration administration, AuditLog audit) {
        this.search = search;
        this.administration = administration;
        this.audit = audit;
    }

    public Page<UserListItem> list(UserSearch query, Pageable pageable) {
        Page<UserListItem> page = search.search(query, pageable);
        audit.record(AuditEvent.of("GEBRUIKERSLIJST_BEKEKEN", "GEBRUIKER", null)
                .withDetails(page.getNumberOfElements() + " gebruikers"));
        return page;
    }

    /** One account as the administrator sees it; {@code page} says which page showed it. */
    public Optional<EditableUser> view(long id, String page) {
        Optional<EditableUser> user = administration.find(id);
        user.ifPresent(u -> audit.record(AuditEvent.of("GEBRUIKER_BEKEKEN", "GEBRUIKER", id).withDetails(page)));
        return user;
    }
}
