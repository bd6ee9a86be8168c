package nl.doorbraak.dashboard.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The dates the signals compare with, fixed once per request so the numbers and lists agree. Pure. */
record ReportMoments(LocalDate today, OffsetDateTime yearAgo, LocalDate yearAgoDate, OffsetDateTime quietSince,
        LocalDate threeMonthsAgo) {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    static ReportMoments of(LocalDate today, int quietDays) {
        LocalDate yearAgo = today.minusMonths(12);
        return new ReportMoments(today, yearAgo.atStartOfDay(ZONE).toOffsetDateTime(), yearAgo,
                today.minusDays(quietDays).atStartOfDay(ZONE).toOffsetDateTime(), today.minusMonths(3));
    }
}
