package nl.doorbraak.jobs.internal;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import nl.doorbraak.jobs.ExclusiveJobs;

/**
 * {@link ExclusiveJobs} on ShedLock. The lock is held at least a minute, so an instance whose clock or schedule runs
 * a little behind does not start the same daily run again right after another instance finished it.
 */
class ShedLockJobs implements ExclusiveJobs {

    static final Duration AT_LEAST = Duration.ofMinutes(1);

    private final LockingTaskExecutor executor;

    ShedLockJobs(LockProvider locks) {
        this.executor = new DefaultLockingTaskExecutor(locks);
    }

    @Override
    public boolean runOnce(String jobName, Duration lockAtMostFor, Runnable work) {
        Duration atLeast = lockAtMostFor.compareTo(AT_LEAST) < 0 ? lockAtMostFor : AT_LEAST;
        try {
            return executor.executeWithLock(() -> {
                work.run();
                return Boolean.TRUE;
            }, new LockConfiguration(Instant.now(), jobName, lockAtMostFor, atLeast)).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Job " + jobName + " failed", e);
        }
    }
}
