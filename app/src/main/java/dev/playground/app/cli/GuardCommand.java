package dev.playground.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.guard.BannedWordsRail;
import dev.playground.engine.guard.GuardFinding;
import dev.playground.engine.guard.Guardrails;
import dev.playground.engine.guard.InjectionRail;
import dev.playground.engine.guard.PiiRail;
import dev.playground.engine.guard.TokenLimitRail;
import dev.playground.engine.tokens.TokenCounter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playground guard check FILE|- [--rails pii,injection,…] [--json]}: what the local guardrails find in a text. */
@Command(name = "guard", mixinStandardHelpOptions = true, description = "Check text with the local guardrails (nothing leaves the machine).",
        subcommands = GuardCommand.Check.class)
final class GuardCommand {

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Print what the guardrails find in FILE (or standard input with -): personal data, prompt injections,"
                    + " banned words, a token limit.",
                    "Exit code 0 when nothing was found, 1 when a rail found something, 2 for bad input."})
    static final class Check implements Callable<Integer> {
        private static final long MAX_BYTES = 16L * 1024 * 1024;

        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE|-", description = "The text to check; - reads standard input.")
        String file;

        @Option(names = "--rails", split = ",", paramLabel = "RAIL",
                description = "Rails to run: pii, injection, banned, tokens (default: pii,injection, plus banned/tokens when their options are given).")
        List<String> rails = new ArrayList<>();

        @Option(names = "--banned", split = ",", paramLabel = "WORD", description = "Words or phrases the banned rail looks for (comma-separated or repeated).")
        List<String> banned = new ArrayList<>();

        @Option(names = "--max-tokens", paramLabel = "N", description = "The token limit rail's limit.")
        Integer maxTokens;

        @Option(names = "--model", paramLabel = "M", description = "Count tokens with this model's tokenizer (default gpt-4o).")
        String model = "gpt-4o";

        @Option(names = "--json", description = "Print a JSON array of findings: rail, kind, start, end, text, score, evidence.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            String text = read();
            Set<String> chosen = chosenRails();
            Guardrails guardrails = Guardrails.with(banned, maxTokens == null ? 0 : maxTokens, model, new TokenCounter());
            List<GuardFinding> findings = guardrails.check(text, chosen);
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? toJson(findings) + "\n" : toText(findings, chosen));
            out.flush();
            return findings.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
        }

        private Set<String> chosenRails() {
            Set<String> chosen = new LinkedHashSet<>();
            for (String r : rails) {
                String name = r.strip().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) continue;
                if (!List.of(PiiRail.NAME, InjectionRail.NAME, BannedWordsRail.NAME, TokenLimitRail.NAME).contains(name)) {
                    throw new BadInputException("Unknown rail '" + name + "': use pii, injection, banned or tokens.");
                }
                chosen.add(name);
            }
            if (chosen.isEmpty()) {
                chosen.add(PiiRail.NAME);
                chosen.add(InjectionRail.NAME);
                if (!banned.isEmpty()) chosen.add(BannedWordsRail.NAME);
                if (maxTokens != null) chosen.add(TokenLimitRail.NAME);
            }
            if (chosen.contains(BannedWordsRail.NAME) && banned.stream().allMatch(String::isBlank)) {
                throw new BadInputException("The banned rail needs a list: add --banned word1,word2.");
            }
            if (chosen.contains(TokenLimitRail.NAME) && (maxTokens == null || maxTokens < 1)) {
                throw new BadInputException("The tokens rail needs a limit of at least 1: add --max-tokens N.");
            }
            return chosen;
        }

        private String read() throws IOException {
            byte[] bytes;
            if (file.equals("-")) {
                bytes = ((PlaygroundCommand) spec.root().userObject()).stdin().readNBytes((int) MAX_BYTES + 1);
            } else {
                Path path = Path.of(file);
                try {
                    if (Files.size(path) > MAX_BYTES) throw new BadInputException(file + " is larger than 16 MB; check a smaller part.");
                    bytes = Files.readAllBytes(path);
                } catch (NoSuchFileException e) {
                    throw new BadInputException("No such file: " + file);
                }
            }
            if (bytes.length > MAX_BYTES) throw new BadInputException("The input is larger than 16 MB; check a smaller part.");
            return new String(bytes, StandardCharsets.UTF_8);
        }

        private static String toJson(List<GuardFinding> findings) throws IOException {
            ArrayNode list = CliJson.MAPPER.createArrayNode();
            for (GuardFinding f : findings) {
                ObjectNode o = list.addObject();
                o.put("rail", f.rail());
                o.put("kind", f.kind());
                o.put("start", f.start());
                o.put("end", f.end());
                o.put("text", f.text());
                o.put("score", f.score());
                if (!f.evidence().isEmpty()) o.put("evidence", f.evidence());
            }
            return CliJson.MAPPER.writeValueAsString(list);
        }

        private static String toText(List<GuardFinding> findings, Set<String> rails) {
            if (findings.isEmpty()) return "Nothing found (" + String.join(", ", rails) + ").\n";
            StringBuilder s = new StringBuilder();
            for (GuardFinding f : findings) {
                String shown = f.text().length() > 60 ? f.text().substring(0, 57) + "..." : f.text();
                s.append(String.format(Locale.ROOT, "%-9s %-12s %6d-%-6d %.2f  %s%s%n", f.rail(), f.kind(), f.start(), f.end(), f.score(),
                        visible(shown), f.evidence().isEmpty() ? "" : "  (" + f.evidence() + ")"));
            }
            s.append(findings.size()).append(findings.size() == 1 ? " finding.\n" : " findings.\n");
            return s.toString();
        }

        /** Invisible characters shown as their code points, so the line shows what was found. */
        private static String visible(String text) {
            StringBuilder s = new StringBuilder();
            text.codePoints().forEach(cp -> {
                if (Character.getType(cp) == Character.FORMAT || cp == '\n' || cp == '\r' || cp == '\t') s.append(String.format("\\u{%X}", cp));
                else s.appendCodePoint(cp);
            });
            return s.toString();
        }
    }
}
