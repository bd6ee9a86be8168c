package nl.doorbraak.notification.internal;

import java.util.List;

/** One page of a user's notifications, newest first; {@code page} counts from 1. */
public record NotificationPage(List<Notification> rows, int page, boolean hasNext) {

    public boolean hasPrevious() {
        return page > 1;
    }
}
