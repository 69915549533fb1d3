package dev.playground.engine.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InFlightCallsTest {
    private final InFlightCalls calls = new InFlightCalls();
    private final List<String> reasons = new CopyOnWriteArrayList<>();

    @Test
    void stop_all_stops_each_call_and_returns_once_each_has_finished() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        InFlightCalls.Registration one = calls.register("the call to m on A", reason -> {
            reasons.add(reason);
            stopped.countDown();
        });
        // The call finishes (its entry written) on another thread, some time after it was told to stop.
        Thread finisher = Thread.ofVirtual().start(() -> {
            try {
                stopped.await();
                one.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        InFlightCalls.StopReport report = calls.stopAll("interrupted", Duration.ofSeconds(30));

        assertThat(reasons).containsExactly("interrupted");
        assertThat(report.stopped()).containsExactly("the call to m on A");
        assertThat(report.unfinished()).isEmpty();
        assertThat(calls.size()).isZero();
        finisher.join();
    }

    @Test
    void a_call_that_never_finishes_is_reported_when_the_wait_ends() throws Exception {
        calls.register("stuck", reasons::add);
        calls.register("done", reason -> {}).close();

        InFlightCalls.StopReport report = calls.stopAll("interrupted", Duration.ofMillis(50));

        assertThat(report.stopped()).containsExactly("stuck");
        assertThat(report.unfinished()).containsExactly("stuck");
    }

    @Test
    void work_registered_after_the_stop_began_is_stopped_at_once_and_still_waited_for() throws Exception {
        assertThat(calls.stopping()).isFalse();
        assertThat(calls.stopAll("first reason", Duration.ZERO).stopped()).isEmpty();

        InFlightCalls.Registration late = calls.register("late", reasons::add);

        assertThat(calls.stopping()).isTrue();
        assertThat(reasons).containsExactly("first reason");
        assertThat(calls.stopAll("second", Duration.ZERO).unfinished()).containsExactly("late");
        assertThat(reasons).as("stopped once only").hasSize(1);
        late.close();
        assertThat(calls.stopAll("third", Duration.ofSeconds(30)).unfinished()).isEmpty();
    }

    @Test
    void stopping_nothing_returns_at_once() throws Exception {
        long start = System.nanoTime();
        assertThat(calls.stopAll("x", Duration.ofSeconds(30)).stopped()).isEmpty();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).as("no wait when nothing runs").isLessThan(30);
    }
}
