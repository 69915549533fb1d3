package dev.playground.engine.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.playground.engine.guard.GuardCorpus.Label;
import dev.playground.engine.guard.GuardCorpus.Sample;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The corpus is labelled consistently, and the rails meet the quality targets on it (no timings here). */
class GuardCorpusTest {
    private static final List<Sample> CORPUS = GuardCorpus.load();
    private static final Set<String> GROUPS = Set.of("pii", "pii-invalid", "clean", "injection", "lookalike");

    @Test
    void corpusIsLargeBilingualAndCoversEveryKind() {
        assertTrue(CORPUS.size() >= 400, "at least 400 samples");
        Map<String, Long> byLang = CORPUS.stream().collect(Collectors.groupingBy(Sample::lang, Collectors.counting()));
        assertEquals(Set.of("en", "es"), byLang.keySet());
        assertTrue(byLang.values().stream().allMatch(n -> n >= CORPUS.size() * 0.4));
        Set<String> kinds = CORPUS.stream().flatMap(s -> s.labels().stream()).map(Label::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(GuardCorpus.PII_KINDS), "every personal-data kind: " + kinds);
        assertTrue(kinds.containsAll(GuardCorpus.INJECTION_KINDS), "every injection kind: " + kinds);
        Set<String> invalidKinds = CORPUS.stream().filter(s -> s.invalid() != null).map(s -> s.invalid().kind()).collect(Collectors.toSet());
        assertEquals(Set.of("CREDIT_CARD", "IBAN", "ES_DNI", "ES_NIE", "US_SSN"), invalidKinds);
        assertTrue(CORPUS.stream().filter(s -> s.group().equals("lookalike")).count() >= 40);
    }

    @Test
    void labelsAgreeWithTheirSamples() {
        Set<String> ids = new HashSet<>();
        for (Sample s : CORPUS) {
            assertTrue(ids.add(s.id()), "unique id " + s.id());
            assertTrue(GROUPS.contains(s.group()), s.id());
            for (Label l : s.labels()) assertTrue(s.text().contains(l.text()), s.id() + ": label text is in the sample");
            switch (s.group()) {
                case "pii" -> {
                    assertFalse(s.labels().isEmpty(), s.id());
                    s.labels().forEach(l -> assertTrue(GuardCorpus.PII_KINDS.contains(l.kind()), s.id()));
                    s.labels().forEach(l -> assertTrue(checksumHolds(l), s.id() + ": valid check digits for " + l.text()));
                }
                case "injection" -> {
                    assertEquals(1, s.labels().size(), s.id());
                    assertTrue(GuardCorpus.INJECTION_KINDS.contains(s.labels().getFirst().kind()), s.id());
                }
                case "pii-invalid" -> {
                    assertTrue(s.labels().isEmpty(), s.id());
                    assertTrue(s.text().contains(s.invalid().text()), s.id());
                    assertFalse(checksumHolds(s.invalid()), s.id() + ": invalid value fails its check " + s.invalid().text());
                }
                default -> assertTrue(s.labels().isEmpty(), s.id());
            }
        }
    }

    @Test
    void railsMeetTheTargetsOnTheCorpus() {
        GuardCorpus.Report report = GuardCorpus.evaluate(CORPUS, new PiiRail(), new InjectionRail());
        GuardCorpus.Counts all = report.pii().get("ALL");
        String detail = String.join("\n", report.misses());
        assertTrue(all.recall() >= 0.98, "PII recall " + all.recall() + "\n" + detail);
        assertTrue(all.precision() >= 0.97, "PII precision " + all.precision() + "\n" + detail);
        assertTrue(report.injectionRecall() >= 0.9, "injection recall " + report.injectionRecall() + "\n" + detail);
        assertTrue(report.lookalikeFalseAlarmRate() <= 0.05, "look-alike alarms " + report.lookalikeFalseAlarmRate() + "\n" + detail);
    }

    private static boolean checksumHolds(Label l) {
        String compact = l.text().replaceAll("[ .\\-]", "");
        return switch (l.kind()) {
            case "CREDIT_CARD" -> Checksums.paymentCard(compact);
            case "IBAN" -> Checksums.iban(compact.toUpperCase());
            case "ES_DNI" -> Checksums.dni(compact.substring(0, 8), compact.charAt(8));
            case "ES_NIE" -> Checksums.nie(compact.charAt(0), compact.substring(1, 8), compact.charAt(8));
            case "US_SSN" -> Checksums.ssn(Integer.parseInt(compact.substring(0, 3)), Integer.parseInt(compact.substring(3, 5)),
                    Integer.parseInt(compact.substring(5)));
            default -> true;
        };
    }
}
