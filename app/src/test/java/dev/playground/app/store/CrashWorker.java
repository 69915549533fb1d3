package dev.playground.app.store;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.store.Draft;
import dev.playground.store.LocalStore;
import dev.playground.store.PromptVersion;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The child process of {@link CrashKitTest}: opens the store and then saves versions, moves an
 * alias and writes the draft in a loop until it is killed. After each write returns (and so is
 * on disk) it prints an acknowledgement the test later holds the store to:
 * {@code opening}, {@code opened}, {@code version N TEXT}, {@code alias N}, {@code draft TEXT}.
 */
public final class CrashWorker {
    static final String PROMPT = "crash";
    static final String ALIAS = "live";
    static final String DRAFT = "main";

    private CrashWorker() {}

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        String run = args[1];
        PrintStream out = System.out;
        out.println("opening");
        out.flush();
        LocalStore store = LocalStore.open(data);
        out.println("opened");
        out.flush();
        for (int i = 1; ; i++) {
            String text = run + "-" + i;
            PromptVersion saved = store.prompts().saveVersion(PROMPT, document(text), "crash " + text, "kit");
            out.println("version " + saved.version() + " " + text);
            out.flush();
            if (i % 2 == 0) {
                store.aliases().set(PROMPT, ALIAS, saved.version(), "kit");
                out.println("alias " + saved.version());
                out.flush();
            }
            store.drafts().save(new Draft(DRAFT, PROMPT, document("draft " + text), Instant.now()));
            out.println("draft draft " + text);
            out.flush();
        }
    }

    static PromptDocument document(String text) {
        return PromptDocument.of(PromptTemplate.systemAndUser("crash kit", text));
    }
}
