package nl.doorbraak.calendar;

import java.time.ZoneId;

import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;

/**
 * The VTIMEZONE for Europe/Amsterdam, taken from ical4j's bundled registry (never fetched: see ical4j.properties).
 *
 * <p>Two adjustments. The tz database made Amsterdam an alias of Brussels, so the registry's definition is named
 * Europe/Brussels; we rename it, because DTSTART says TZID=Europe/Amsterdam and a client looks the zone up by that
 * name. And we keep only the rules still in force (the open-ended yearly switches to and from summer time), as
 * Outlook and Google do, instead of 150 lines of history back to 1880 that no meeting will ever need.
 */
final class AmsterdamTimeZone {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private AmsterdamTimeZone() {
    }

    static VTimeZone vTimeZone() {
        VTimeZone registered = TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone(ZONE.getId()).getVTimeZone();
        return new VTimeZone(new PropertyList().add(new TzId(ZONE.getId())), currentRules(registered));
    }

    private static ComponentList<Observance> currentRules(VTimeZone registered) {
        return new ComponentList<>(registered.getObservances().stream()
                .filter(AmsterdamTimeZone::repeatsWithoutEnd)
                .map(observance -> (Observance) observance.copy())
                .toList());
    }

    private static boolean repeatsWithoutEnd(Observance observance) {
        return observance.<RRule<?>>getProperty(Property.RRULE)
                .map(rule -> rule.getRecur().getUntil() == null)
                .orElse(false);
    }
}
