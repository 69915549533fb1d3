package dev.playground.ui.archfixture;

import dev.playground.engine.task.TaskExecutor;
import dev.playground.store.PromptRepository;
import dev.playground.store.PromptVersion;
import java.util.List;

/** A deliberate rule breaker (app test sources only): a view that reads the store on the executor. Never used by the app. */
public final class StoreTouchingView {
    List<PromptVersion> load(TaskExecutor executor, PromptRepository prompts) {
        return executor.submit(() -> prompts.versions("greeting")).join();
    }
}
