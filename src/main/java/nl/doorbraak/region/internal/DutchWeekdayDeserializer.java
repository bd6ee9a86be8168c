package nl.doorbraak.region.internal;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/** Reads a weekday written in Dutch ({@code dinsdag}, {@code DINSDAG}) as a {@link DayOfWeek}. */
class DutchWeekdayDeserializer extends ValueDeserializer<DayOfWeek> {

    private static final Map<String, DayOfWeek> DAYS = Map.of("maandag", DayOfWeek.MONDAY, "dinsdag", DayOfWeek.TUESDAY,
            "woensdag", DayOfWeek.WEDNESDAY, "donderdag", DayOfWeek.THURSDAY, "vrijdag", DayOfWeek.FRIDAY,
            "zaterdag", DayOfWeek.SATURDAY, "zondag", DayOfWeek.SUNDAY);

    @Override
    public DayOfWeek deserialize(JsonParser parser, DeserializationContext context) {
        String text = parser.getString().trim();
        DayOfWeek day = DAYS.get(text.toLowerCase(Locale.ROOT));
        if (day == null) {
            throw context.weirdStringException(text, DayOfWeek.class, "geen weekdag");
        }
        return day;
    }
}
