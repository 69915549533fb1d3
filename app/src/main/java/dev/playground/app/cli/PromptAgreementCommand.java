package dev.playground.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.compare.AgreementMatrix;
import dev.playground.engine.compare.JudgeAgreements;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code playground prompt agreement [NAME]}: how each judge agrees with people, over the calls that have both a
 * judge's verdict (a suite's model-graded assertion, a Compare rubric) and a person's thumb or rating.
 */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"How each judge agrees with people: over every call of prompt NAME (every prompt without NAME) that has both a judge's"
                + " verdict and a thumb or rating given in the Evaluate view or in Compare, the confusion matrix, the share agreed and"
                + " Cohen's kappa (1 full agreement, 0 no better than chance, below 0 worse).",
                "A thumb is the person's verdict; without one a rating of 4-5 counts as good and 1-2 as bad (3 says neither).",
                "Exit code 0 (also when nothing can be compared yet), 3 when the store is busy or cannot be opened."})
final class PromptAgreementCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Prompt name (default: every prompt).")
    String name;

    @Option(names = "--json", description = "Print one JSON object per judge: compared, agreed (0-1), kappa (null when it says nothing),"
            + " bothPass, judgePassPersonFail, judgeFailPersonPass, bothFail.")
    boolean json;

    @Override
    public Integer call() {
        String prompt = name == null ? "" : name.strip();
        Map<String, AgreementMatrix> perJudge = JudgeAgreements.perJudge(PromptCommand.root(spec).context().store().runs().judgedWithFeedback(prompt));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode judges = CliJson.MAPPER.createObjectNode();
            perJudge.forEach((judge, m) -> {
                ObjectNode node = judges.putObject(judge).put("compared", m.compared());
                number(node, "agreed", m.observed());
                number(node, "kappa", m.kappa());
                node.put("bothPass", m.bothPass()).put("judgePassPersonFail", m.judgePassPersonFail())
                        .put("judgeFailPersonPass", m.judgeFailPersonPass()).put("bothFail", m.bothFail());
            });
            ObjectNode root = CliJson.MAPPER.createObjectNode().put("prompt", prompt);
            root.set("judges", judges);
            out.print(root.toPrettyString() + "\n");
        } else if (perJudge.isEmpty()) {
            out.println("Nothing to compare yet" + (prompt.isEmpty() ? "" : " for '" + prompt + "'") + ": give thumbs or ratings to cells a judge"
                    + " scored, in the Evaluate view or in Compare.");
        } else {
            out.printf(Locale.ROOT, "%-24s %6s %7s %7s   %9s %10s %9s %9s%n", "JUDGE", "CALLS", "AGREED", "KAPPA", "BOTH PASS", "JUDGE ONLY",
                    "YOU ONLY", "BOTH FAIL");
            perJudge.forEach((judge, m) -> out.printf(Locale.ROOT, "%-24s %6d %6.0f%% %7s   %9d %10d %9d %9d%n",
                    judge.length() > 24 ? judge.substring(0, 23) + "…" : judge, m.compared(), m.observed() * 100,
                    Double.isNaN(m.kappa()) ? "-" : String.format(Locale.ROOT, "%.2f", m.kappa()), m.bothPass(), m.judgePassPersonFail(),
                    m.judgeFailPersonPass(), m.bothFail()));
            out.println("JUDGE ONLY: the judge passed what you turned down; YOU ONLY: you approved what the judge failed."
                    + " Kappa '-' when judge and you always gave the same one verdict.");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value)) node.putNull(key);
        else node.put(key, value);
    }
}
