package dev.playground.ui.documents;

import dev.playground.engine.context.SearchHit;
import dev.playground.engine.guard.GuardFinding;
import dev.playground.engine.guard.InjectionRail;
import dev.playground.ui.common.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A ranked chunk as shown in search results and in a run's sources: where it is from, its scores, its text with matches marked. */
final class ChunkCard {
    private static final int MAX_CHARS = 900;
    private static final InjectionRail INJECTIONS = new InjectionRail();

    private ChunkCard() {}

    static Node of(SearchHit hit, I18n i18n) {
        Label header = new Label("[" + hit.rank() + "] " + hit.fileName() + " · " + where(hit, i18n));
        header.getStyleClass().add("chunk-source");
        Label scores = new Label(i18n.text("documents.scores", format(i18n, hit.fusedScore(), 4),
                hit.keywordRank() > 0 ? format(i18n, hit.keywordScore(), 2) + " (#" + hit.keywordRank() + ")" : "–",
                hit.vectorScore() == null ? "–" : format(i18n, hit.vectorScore(), 3) + (hit.vectorRank() > 0 ? " (#" + hit.vectorRank() + ")" : "")));
        scores.getStyleClass().add("chunk-scores");
        TextFlow text = new TextFlow(highlighted(hit).toArray(Node[]::new));
        text.getStyleClass().add("chunk-text");
        VBox card = new VBox(2, header, scores, text);
        String instructions = injectionNote(hit.text(), i18n);
        if (instructions != null) {
            Label warning = new Label(instructions);
            warning.setWrapText(true);
            warning.getStyleClass().add("chunk-injection");
            card.getChildren().add(2, warning);
        }
        card.getStyleClass().add("chunk-card");
        card.setUserData(hit);
        return card;
    }

    /**
     * A warning when the passage carries instructions aimed at the model (an injection, a jailbreak, hidden text): a
     * model reading it as context may follow them. Null when the injection rail finds nothing.
     */
    static String injectionNote(String text, I18n i18n) {
        List<GuardFinding> found = INJECTIONS.check(text);
        if (found.isEmpty()) return null;
        GuardFinding first = found.getFirst();
        String quote = first.text().replaceAll("\\s+", " ").strip();
        if (quote.length() > 60) quote = quote.substring(0, 59) + "…";
        return i18n.text("documents.chunk.injection", first.kind(), quote, found.size());
    }

    static String where(SearchHit hit, I18n i18n) {
        if (hit.page() > 0) return i18n.text("documents.where.page", hit.page());
        if (!hit.heading().isBlank()) return hit.heading();
        return i18n.text("documents.where.part", hit.ordinal() + 1);
    }

    /** The text as runs of plain and matched words; matches get the "chunk-match" style. */
    static List<Text> highlighted(SearchHit hit) {
        String full = hit.text();
        int limit = Math.min(full.length(), MAX_CHARS);
        List<Text> runs = new ArrayList<>();
        int at = 0;
        for (SearchHit.Span span : hit.highlights()) {
            if (span.start() >= limit) break;
            if (span.start() > at) runs.add(new Text(full.substring(at, span.start())));
            Text match = new Text(full.substring(span.start(), Math.min(span.end(), limit)));
            match.getStyleClass().add("chunk-match");
            runs.add(match);
            at = Math.min(span.end(), limit);
        }
        if (at < limit) runs.add(new Text(full.substring(at, limit)));
        if (limit < full.length()) runs.add(new Text("…"));
        runs.forEach(t -> t.getStyleClass().add("chunk-run"));
        return runs;
    }

    private static String format(I18n i18n, double value, int decimals) {
        return i18n.number(value, decimals, decimals);
    }
}
