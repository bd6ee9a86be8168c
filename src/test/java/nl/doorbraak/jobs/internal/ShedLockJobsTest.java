package nl.doorbraak.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app instances, each with its own lock provider on one PostgreSQL, start the same job at the same moment:
 * the work is done once. The lock table is the one of V19.
 */
class ShedLockJobsTest {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void database() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        new JdbcTemplate(dataSource).execute("""
                create table shedlock (name varchar(64) not null primary key, lock_until timestamptz not null,
                    locked_at timestamptz not null, locked_by varchar(255) not null)""");
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void twoInstancesStartingTheSameJobTogetherDoTheWorkOnce() throws Exception {
        ShedLockJobs first = new ShedLockJobs(JobsConfiguration.lockProvider(dataSource));
        ShedLockJobs second = new ShedLockJobs(JobsConfiguration.lockProvider(dataSource));
        AtomicInteger done = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Runnable work = () -> {
            done.incrementAndGet();
            sleep(500);
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = List.of(
                    pool.submit(run(first, start, work)), pool.submit(run(second, start, work)));
            start.countDown();
            assertThat(List.of(runs.get(0).get(10, TimeUnit.SECONDS), runs.get(1).get(10, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdown();
        }
        assertThat(done).hasValue(1);
    }

    @Test
    void aFinishedRunKeepsTheLockAMinuteSoALateInstanceDoesNotRunTheSameJobAgain() {
        ShedLockJobs first = new ShedLockJobs(JobsConfiguration.lockProvider(dataSource));
        ShedLockJobs late = new ShedLockJobs(JobsConfiguration.lockProvider(dataSource));
        AtomicInteger done = new AtomicInteger();

        assertThat(first.runOnce("dagelijks", Duration.ofMinutes(10), done::incrementAndGet)).isTrue();
        assertThat(late.runOnce("dagelijks", Duration.ofMinutes(10), done::incrementAndGet)).isFalse();
        assertThat(late.runOnce("een-andere-taak", Duration.ofMinutes(10), done::incrementAndGet)).isTrue();

        assertThat(done).hasValue(2);
    }

    private static Callable<Boolean> run(ShedLockJobs jobs, CountDownLatch start, Runnable work) {
        return () -> {
            start.await();
            return jobs.runOnce("gelijktijdig", Duration.ofMinutes(5), work);
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
