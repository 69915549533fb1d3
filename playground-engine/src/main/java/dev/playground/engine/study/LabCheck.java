package dev.playground.engine.study;

import dev.playground.engine.context.SearchHit;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.run.RunOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Checks a student's work on a lab, the same way for the study window and {@code playground study lab check}: first
 * the lab-wide assertions (retrieval ranks, chunk counts, the champion alias, run-log statistics, answers), then each
 * case runs the prompt under test through the workbench and its answer is held to the case's assertions.
 *
 * <p>The prompt under test is the version the lab's {@code alias} assertion points at, else the student's own prompt,
 * else the lab's starter. The checks are written as suite assertions, so this class can hand the cases to the
 * evaluation-suite runner once it exists; until then it evaluates them itself with the app's metrics and judge.
 * Blocking: call it off the JavaFX thread. A run that was cancelled ends the check with a {@link CancellationException}.
 */
public final class LabCheck {
    private final StudyLabs catalog;
    private final LabWorkbench workbench;

    public LabCheck(StudyLabs catalog, LabWorkbench workbench) {
        this.catalog = catalog;
        this.workbench = workbench;
    }

    public LabResult check(Lab lab, LabSubmission submission) {
        List<LabFinding> findings = new ArrayList<>();
        LabCollection own = lab.opens().collection();
        // A collection the student names starts, when new, from the lab's chunking like the lab's own.
        LabCollection collection = submission.collection().isEmpty() ? own
                : own == null ? new LabCollection(submission.collection(), null, null, null) : own.named(submission.collection());
        PromptDocument target = submission.prompt();
        boolean targetMissing = false;
        for (LabAssertion assertion : lab.check().asserts()) {
            String label = assertion.type();
            try {
                switch (LabAssertionType.of(assertion.type()).orElseThrow()) {
                    case RETRIEVAL_RANK -> findings.add(rank(assertion, collection));
                    case CHUNK_COUNT -> findings.add(chunkCount(assertion, collection));
                    case RUNLOG -> findings.add(runLog(assertion, submission));
                    case ANSWER -> findings.add(answer(assertion, submission));
                    case ALIAS -> {
                        Optional<PromptDocument> champion = aliased(assertion, findings);
                        if (champion.isPresent()) target = champion.get();
                        else targetMissing = true;
                    }
                    default -> findings.add(LabFinding.of(LabWords.lab(label, "caseOnly", label), false));
                }
            } catch (Exception e) {
                findings.add(LabFinding.of(LabWords.lab(label, "notChecked", AnswerAssertions.message(e)), false));
            }
        }
        if (lab.check().cases().isEmpty()) return new LabResult(lab.id(), findings);
        if (targetMissing) {
            findings.add(LabFinding.of(LabWords.lab("cases", "noVersion"), false));
            return new LabResult(lab.id(), findings);
        }
        if (target == null) {
            try {
                target = catalog.starter(lab).map(file -> file.document()).orElse(null);
            } catch (StudyContentException e) {
                findings.add(LabFinding.of(LabWords.lab("cases", "starterMissing", e.getMessage()), false));
                return new LabResult(lab.id(), findings);
            }
        }
        if (target == null) {
            findings.add(LabFinding.of(LabWords.lab("cases", "noStarter"), false));
            return new LabResult(lab.id(), findings);
        }
        runCases(lab, target, collection, findings);
        return new LabResult(lab.id(), findings);
    }

    private void runCases(Lab lab, PromptDocument target, LabCollection collection, List<LabFinding> findings) {
        int number = 0;
        for (LabCase labCase : lab.check().cases()) {
            number++;
            LabWords where = new LabWords(number, labCase.description(), "", "", java.util.List.of());
            String prefix = where.label(StudyLanguage.EN);
            RunOutcome outcome;
            try {
                outcome = workbench.run(target, labCase.vars(), collection, lab.id());
            } catch (Exception e) {
                findings.add(LabFinding.of(where.say("cannotRun", AnswerAssertions.message(e)), false));
                continue;
            }
            // Stopped (Ctrl+C, the window's Stop): end the whole check rather than call the model for the next case.
            if (outcome.cancelled()) throw new CancellationException("The lab check was stopped during " + prefix + ".");
            if (outcome.failed()) {
                findings.add(LabFinding.of(where.say("callFailed", AnswerAssertions.message(outcome.error())), false));
                continue;
            }
            for (LabAssertion assertion : labCase.asserts()) {
                findings.add(AnswerAssertions.evaluate(new LabWords(number, labCase.description(), assertion.type(), "", java.util.List.of()), assertion,
                        outcome, workbench));
            }
        }
    }

    private LabFinding rank(LabAssertion a, LabCollection target) throws Exception {
        if (target == null) return LabFinding.of(LabWords.lab("retrieval-rank", "noCollectionSearch"), false);
        String collection = target.name();
        List<SearchHit> hits = workbench.search(target, a.query(), a.top());
        String file = a.file().replace('\\', '/');
        String phrase = a.text().toLowerCase(Locale.ROOT);
        for (SearchHit hit : hits) {
            if (hit.path().replace('\\', '/').endsWith("/" + file) && hit.text().toLowerCase(Locale.ROOT).contains(phrase)) {
                return LabFinding.of(LabWords.lab("retrieval-rank", "rank.found", file, a.text(), hit.rank(), collection, a.top()), true);
            }
        }
        List<String> found = hits.stream().map(h -> h.rank() + ". " + shortPath(h.path()) + (h.heading().isBlank() ? "" : " (" + h.heading() + ")")).toList();
        return LabFinding.of(LabWords.lab("retrieval-rank", "rank.missing", file, a.text(), a.top(), collection, a.query(),
                String.join("; ", found)), false);
    }

    private static String shortPath(String path) {
        String unix = path.replace('\\', '/');
        int cut = unix.lastIndexOf('/', unix.lastIndexOf('/') - 1);
        return cut < 0 ? unix : unix.substring(cut + 1);
    }

    private LabFinding chunkCount(LabAssertion a, LabCollection collection) throws Exception {
        if (collection == null) return LabFinding.of(LabWords.lab("chunk-count", "noCollectionCount"), false);
        int chunks = workbench.chunkCount(collection);
        return LabFinding.of(LabWords.lab("chunk-count", "chunks", collection.name(), chunks, a.max()), chunks <= a.max());
    }

    private Optional<PromptDocument> aliased(LabAssertion a, List<LabFinding> findings) throws Exception {
        String label = "alias " + a.prompt() + "@" + a.alias();
        Optional<Integer> version = workbench.alias(a.prompt(), a.alias());
        if (version.isEmpty()) {
            findings.add(LabFinding.of(LabWords.lab(label, "alias.unset", a.prompt(), a.alias()), false));
            return Optional.empty();
        }
        if (version.get() < 2) {
            findings.add(LabFinding.of(LabWords.lab(label, "alias.starter"), false));
            return Optional.empty();
        }
        Optional<PromptDocument> document = workbench.savedVersion(a.prompt(), version.get());
        findings.add(LabFinding.of(LabWords.lab(label, document.isPresent() ? "alias.points" : "alias.unreadable", version.get()),
                document.isPresent()));
        return document;
    }

    private LabFinding runLog(LabAssertion a, LabSubmission submission) throws Exception {
        String label = "runlog " + a.name();
        RunLogStats.Truth truth = RunLogStats.compute(a.name(), workbench.runs(a.prompt()), a.min());
        if (truth.missing() != null) {
            List<Object> args = new ArrayList<>(truth.args());
            args.add(a.prompt());
            return LabFinding.of(LabWords.lab(label, truth.missing(), args.toArray()), false);
        }
        return compare(label, a.name(), truth.value(), submission);
    }

    private LabFinding answer(LabAssertion a, LabSubmission submission) {
        return compare("answer " + a.name(), a.name(), a.valueText(), submission);
    }

    /** Case and spacing aside; "sí", "si" and "true" count as yes, "false" as no, so either language answers. */
    private static String normalise(String answer) {
        String plain = answer.strip().toLowerCase(Locale.ROOT);
        return switch (plain) {
            case "sí", "si", "true", "y" -> "yes";
            case "false", "n" -> "no";
            default -> plain;
        };
    }

    private static LabFinding compare(String label, String name, String truth, LabSubmission submission) {
        String given = submission.answers().get(name);
        if (given == null || given.isBlank()) return LabFinding.of(LabWords.lab(label, "answer.missing", name), false);
        boolean right = normalise(given).equals(normalise(truth));
        return LabFinding.of(LabWords.lab(label, right ? "answer.right" : "answer.wrong", right ? truth : given.strip()), right);
    }
}
