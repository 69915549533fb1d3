package dev.playground.ui.testing;

import dev.playground.ui.common.UiThread;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For view-model tests without a stage: the test's thread plays the FX thread for each test, so the
 * view models' hops back to the FX thread run at once whether or not JavaFX was started earlier in
 * this JVM by a TestFX test.
 */
public final class FxThreadStandIn implements BeforeEachCallback, AfterEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        UiThread.standInOnThisThread();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        UiThread.endStandIn();
    }
}
