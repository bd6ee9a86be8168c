package nl.doorbraak.voortgang.internal;

import java.time.Duration;

import nl.doorbraak.jobs.ConditionalOnJobsEnabled;
import nl.doorbraak.jobs.ExclusiveJobs;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** When the daily jobs run; each runs on one instance only, and records what it sent so a rerun sends nothing. */
@Component
@ConditionalOnJobsEnabled
class ProgressSchedule {

    private static final Duration AT_MOST = Duration.ofMinutes(30);

    private final ExclusiveJobs jobs;
    private final AgreementReminders reminders;
    private final MissedUpdates missed;

    ProgressSchedule(ExclusiveJobs jobs, AgreementReminders reminders, MissedUpdates missed) {
        this.jobs = jobs;
        this.reminders = reminders;
        this.missed = missed;
    }

    @Scheduled(cron = "${doorbraak.herinneringen.cron:0 0 7 * * *}", zone = "Europe/Amsterdam")
    void remindAgreements() {
        jobs.runOnce("voortgang-herinneringen", AT_MOST, reminders::sendDue);
    }

    @Scheduled(cron = "${doorbraak.voortgang.gemist-cron:0 15 7 * * *}", zone = "Europe/Amsterdam")
    void signalMissedUpdates() {
        jobs.runOnce("voortgang-gemist", AT_MOST, missed::signal);
    }
}
