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

    /** The kind and the table's name, once: a table called "Doorbraakoverleg" is not "Doorbraakoverleg Doorbraakoverleg". */
    String summary(MeetingInvite invite) {
        String kind = bundle.getString(invite.kind().messageKey());
        String name = invite.tableName();
        if (name.toLowerCase(DUTCH).contains(kind.toLowerCase(DUTCH))) {
            return name;
        }
        return format("calendar.summary", kind, name);
    }

    String requestDescription(MeetingInvite invite) {
        return format("calendar.description.request", article(invite), summary(invite), invite.agendaUrl());
    }

    String cancelDescription(MeetingInvite invite) {
        String article = article(invite);
        return format("calendar.description.cancel", Character.toUpperCase(article.charAt(0)) + article.substring(1),
                summary(invite), invite.agendaUrl());
    }

    /** "het" overleg, "de" tafel: the article that goes with the kind of table. */
    private String article(MeetingInvite invite) {
        return bundle.getString(invite.kind().messageKey() + ".article");
    }

    String alarm(MeetingInvite invite) {
        return format("calendar.alarm", summary(invite));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), DUTCH).format(arguments);
    }
}
