package nl.doorbraak.notification.internal;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own notifications. They hold no personal data (a neutral subject and a link, as the mail), so reading
 * them is not audited; what the link leads to is checked and audited by its own page.
 */
@Service("meldingen")
@Transactional
public class Notifications {

    static final int PAGE_SIZE = 25;

    private final NotificationStore store;

    Notifications(NotificationStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public NotificationPage page(CurrentUser user, int page) {
        int from = Math.max(1, page);
        List<Notification> rows = store.newest(user.id(), (from - 1) * PAGE_SIZE, PAGE_SIZE);
        return new NotificationPage(rows.stream().limit(PAGE_SIZE).toList(), from, rows.size() > PAGE_SIZE);
    }

    /** For the header of every page ({@code ${@meldingen.unreadCount()}}): 0 when nobody is logged in. */
    @Transactional(readOnly = true)
    public int unreadCount() {
        return CurrentUsers.current().map(user -> store.unread(user.id())).orElse(0);
    }

    /** Marks it read; the link to go to (the list when it has none), or empty when it is not the user's. */
    public Optional<String> open(CurrentUser user, long id) {
        return store.markRead(user.id(), id).map(link -> link.orElse("/meldingen"));
    }

    public int markAllRead(CurrentUser user) {
        return store.markAllRead(user.id());
    }
}
