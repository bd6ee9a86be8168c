package nl.doorbraak.calendar;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The fixed Dutch texts of an invitation. They are the privacy guard: built only from the kind of table, its name and
 * the agenda link, so no caller can put the youth's name or case details into a calendar by accident.
 */
final class InviteTexts {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ResourceBundle bundle = ResourceBundle.getBundle("messages/calendar", DUTCH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    String summary(MeetingInvite invite) {
        return format("calendar.summary", bundle.getString(invite.kind().messageKey()), invite.tableName());
    }

    String requestDescription(MeetingInvite invite) {
        return format("calendar.description.request", summary(invite), invite.agendaUrl());
    }

    String cancelDescription(MeetingInvite invite) {
        return format("calendar.description.cancel", summary(invite), invite.agendaUrl());
    }

    String alarm(MeetingInvite invite) {
        return format("calendar.alarm", summary(invite));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), DUTCH).format(arguments);
    }
}
