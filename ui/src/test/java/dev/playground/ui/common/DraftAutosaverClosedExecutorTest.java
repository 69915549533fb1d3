package dev.playground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.task.VirtualThreadTaskExecutor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A save that arrives after the task executor has closed (a timer firing as the window closes). */
class DraftAutosaverClosedExecutorTest {

    @Test
    void a_save_after_the_executor_closed_fails_its_future_instead_of_throwing() throws Exception {
        AtomicInteger writes = new AtomicInteger();
        VirtualThreadTaskExecutor executor = new VirtualThreadTaskExecutor();
        DraftAutosaver saver = new DraftAutosaver(executor, () -> writes::incrementAndGet, error -> {});
        saver.save().get(10, TimeUnit.SECONDS);
        assertThat(writes).hasValue(1);

        executor.close();
        var late = saver.save();

        assertThat(late).isCompletedExceptionally();
        assertThat(late.exceptionNow()).isInstanceOf(RejectedExecutionException.class);
        assertThat(saver.save()).as("a second late save").isCompletedExceptionally();
        assertThat(writes).hasValue(1);
    }
}
