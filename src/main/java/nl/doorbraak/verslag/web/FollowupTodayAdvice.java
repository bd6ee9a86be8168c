package nl.doorbraak.verslag.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Today by the injected clock, for the verslag pages that mark overdue agreements ("te laat"). */
@ControllerAdvice(basePackageClasses = FollowupTodayAdvice.class)
class FollowupTodayAdvice {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    FollowupTodayAdvice(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("agreementsToday")
    LocalDate agreementsToday() {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
