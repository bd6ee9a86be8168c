package nl.doorbraak.jobs;

import java.time.Duration;

/**
 * Runs a scheduled job on one app instance at a time: the instance that takes the job's lock row does the work,
 * the others skip this run. Jobs should still be idempotent (record what they did), because a lock can expire.
 */
public interface ExclusiveJobs {

    /**
     * Runs {@code work} when no other instance holds the job's lock.
     *
     * @param jobName a stable name, at most 64 characters, the key of the lock row
     * @param lockAtMostFor how long the lock holds when the instance dies mid-run; longer than the work ever takes
     * @return whether this instance did the work
     */
    boolean runOnce(String jobName, Duration lockAtMostFor, Runnable work);
}
