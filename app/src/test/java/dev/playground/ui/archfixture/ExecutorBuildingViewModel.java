package dev.playground.ui.archfixture;

import dev.playground.engine.task.TaskExecutor;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.store.LocalStore;
import dev.playground.store.h2.Jdbc;

/** A deliberate rule breaker (app test sources only): a view model that builds its own executor and opens the store. */
public final class ExecutorBuildingViewModel {
    private final TaskExecutor executor = new VirtualThreadTaskExecutor();

    Jdbc open(LocalStore store) {
        return store.jdbc();
    }

    TaskExecutor executor() {
        return executor;
    }
}
