/** Scheduled jobs that run exactly once across several app instances, with a lock row in PostgreSQL (ShedLock). */
@org.springframework.modulith.ApplicationModule(displayName = "Jobs")
package nl.doorbraak.jobs;
