/** The ShedLock lock provider on the application's database and the job runner built on it. */
package nl.doorbraak.jobs.internal;
