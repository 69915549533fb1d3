package dev.playground.engine.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The labelled guardrail corpus ({@code guard/corpus.jsonl}, written by benchmarks/scripts/make_guard_corpus.py) and
 * how the rails score on it: precision and recall per personal-data kind, and injection recall and false alarms.
 * Shared by the corpus test and the benchmark harness.
 */
public final class GuardCorpus {
    public static final List<String> PII_KINDS = List.of("EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "ES_DNI", "ES_NIE", "US_SSN",
            "IP_ADDRESS", "SECRET");
    public static final List<String> INJECTION_KINDS = List.of("INJECTION", "PROMPT_LEAK", "JAILBREAK", "HIDDEN_TEXT");

    public record Label(String kind, String text) {}

    public record Sample(String id, String group, String lang, String text, List<Label> labels, Label invalid) {}

    /** Counts for one kind. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    /** The rails' results: per PII kind (and "ALL"), and injection at the level of samples. */
    public record Report(Map<String, Counts> pii, int injections, int injectionsFound, int lookalikes, int lookalikeAlarms,
                         int otherSamples, int otherAlarms, List<String> misses) {
        public double injectionRecall() {
            return (double) injectionsFound / injections;
        }

        public double lookalikeFalseAlarmRate() {
            return (double) lookalikeAlarms / lookalikes;
        }
    }

    private GuardCorpus() {}

    public static List<Sample> load() {
        ObjectMapper json = new ObjectMapper();
        List<Sample> samples = new ArrayList<>();
        try (InputStream in = GuardCorpus.class.getResourceAsStream("/guard/corpus.jsonl");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode node = json.readTree(line);
                List<Label> labels = new ArrayList<>();
                node.path("labels").forEach(l -> labels.add(new Label(l.path("kind").asText(), l.path("text").asText())));
                JsonNode inv = node.get("invalid");
                samples.add(new Sample(node.path("id").asText(), node.path("group").asText(), node.path("lang").asText(),
                        node.path("text").asText(), labels, inv == null ? null : new Label(inv.path("kind").asText(), inv.path("text").asText())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    public static Report evaluate(List<Sample> samples, PiiRail pii, InjectionRail injection) {
        Map<String, int[]> counts = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        int injections = 0, found = 0, lookalikes = 0, lookalikeAlarms = 0, others = 0, otherAlarms = 0;
        for (Sample s : samples) {
            List<GuardFinding> findings = pii.check(s.text());
            List<Label> expected = s.labels().stream().filter(l -> PII_KINDS.contains(l.kind())).toList();
            boolean[] matched = new boolean[expected.size()];
            for (GuardFinding f : findings) {
                int hit = -1;
                for (int k = 0; k < expected.size(); k++) {
                    if (!matched[k] && expected.get(k).kind().equals(f.kind()) && expected.get(k).text().equals(f.text())) hit = k;
                }
                if (hit >= 0) {
                    matched[hit] = true;
                    counts.computeIfAbsent(f.kind(), k -> new int[3])[0]++;
                } else {
                    counts.computeIfAbsent(f.kind(), k -> new int[3])[1]++;
                    misses.add(s.id() + " false " + f.kind() + " '" + f.text() + "'");
                }
            }
            for (int k = 0; k < expected.size(); k++) {
                if (!matched[k]) {
                    counts.computeIfAbsent(expected.get(k).kind(), x -> new int[3])[2]++;
                    misses.add(s.id() + " missed " + expected.get(k).kind() + " '" + expected.get(k).text() + "'");
                }
            }
            boolean alarm = !injection.check(s.text()).isEmpty();
            switch (s.group()) {
                case "injection" -> {
                    injections++;
                    if (alarm) found++;
                    else misses.add(s.id() + " missed injection: " + s.text());
                }
                case "lookalike" -> {
                    lookalikes++;
                    if (alarm) {
                        lookalikeAlarms++;
                        misses.add(s.id() + " false injection: " + s.text());
                    }
                }
                default -> {
                    others++;
                    if (alarm) {
                        otherAlarms++;
                        misses.add(s.id() + " false injection: " + s.text());
                    }
                }
            }
        }
        Map<String, Counts> pii2 = new TreeMap<>();
        int[] all = new int[3];
        counts.forEach((kind, c) -> {
            pii2.put(kind, new Counts(c[0], c[1], c[2]));
            for (int k = 0; k < 3; k++) all[k] += c[k];
        });
        pii2.put("ALL", new Counts(all[0], all[1], all[2]));
        return new Report(pii2, injections, found, lookalikes, lookalikeAlarms, others, otherAlarms, misses);
    }
}
