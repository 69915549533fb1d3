package dev.playground.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.retrieval.ContextDefaults;
import dev.playground.engine.retrieval.DocumentCollection;
import dev.playground.engine.retrieval.SearchFilter;
import dev.playground.engine.context.SearchHit;
import dev.playground.engine.retrieval.SearchMode;
import dev.playground.engine.retrieval.SearchRequest;
import dev.playground.engine.retrieval.embed.EmbeddingUnavailableException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playground search "QUERY" --collection NAME}: ranked chunks with their source and scores. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search a document collection: hybrid keyword (BM25) and vector search fused by reciprocal rank.")
final class SearchCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for, in English or Spanish.")
    String query;

    @Option(names = "--collection", required = true, paramLabel = "NAME", description = "Collection to search.")
    String collection;

    @Option(names = "--top-k", paramLabel = "K", description = "How many chunks (default: the collection's top k, initially 5).")
    Integer topK;

    @Option(names = "--min-score", paramLabel = "S",
            description = "Drop chunks whose vector (cosine) similarity is below S (default: the collection's minimum, initially none).")
    Double minScore;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "hybrid", description = "hybrid (default), keyword or vector.")
    String mode;

    @Option(names = "--file", paramLabel = "NAME", description = "Only chunks of this file (name or full path); repeatable.")
    Set<String> files = Set.of();

    @Option(names = "--folder", paramLabel = "DIR", description = "Only chunks of files under this folder; repeatable.")
    Set<String> folders = Set.of();

    @Option(names = "--type", paramLabel = "EXT", description = "Only chunks of this file type, e.g. pdf; repeatable.")
    Set<String> types = Set.of();

    @Option(names = "--tag", paramLabel = "TAG", description = "Only chunks with this tag; repeatable.")
    Set<String> tags = Set.of();

    @Option(names = "--pages", paramLabel = "FROM-TO", description = "Only chunks on these pages, e.g. 3-9 or 4.")
    String pages;

    @Option(names = "--json", description = "Print the ranked chunks as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PlaygroundCommand root = (PlaygroundCommand) spec.root().userObject();
        PrintWriter out = spec.commandLine().getOut();
        if (query.isBlank()) throw new BadInputException("The query is empty; give the words to search for.");
        DocumentCollection target = CollectionArgs.open(root, collection, false);
        int[] range = pageRange();
        SearchFilter filter = new SearchFilter(files, folders.stream().map(f -> java.nio.file.Path.of(f).toAbsolutePath().normalize().toString())
                .collect(java.util.stream.Collectors.toSet()), types, tags, range == null ? null : range[0], range == null ? null : range[1]);
        DocumentCollection.SearchResult result;
        try {
            ContextDefaults own = target.settings().context();
            result = target.searchWithWarning(new SearchRequest(query, topK != null ? topK : own.topK(),
                    minScore != null ? minScore : own.minScore(), filter, mode()));
        } catch (EmbeddingUnavailableException e) {
            // The embedding model's call failed or was refused (offline): a model call that failed, exit 1 as in the
            // README's table, like index when embedding stops. The input itself was fine.
            spec.commandLine().getErr().println(e.getMessage() + " Meanwhile --mode keyword (or the default hybrid mode) "
                    + "still finds keyword matches.");
            return ExitCodes.FAILED;
        }
        if (!result.warning().isEmpty()) spec.commandLine().getErr().println("Keyword matches only: " + result.warning());
        if (target.needsRebuild()) spec.commandLine().getErr().println(CollectionMessages.text("staleIndex", target.name()));
        List<SearchHit> hits = result.hits();
        if (json) {
            out.println(CliJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(hits)));
        } else if (hits.isEmpty()) {
            out.println("No chunks match.");
        } else {
            for (SearchHit hit : hits) printHit(out, hit);
        }
        return 0;
    }

    private SearchMode mode() {
        try {
            return SearchMode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--mode must be hybrid, keyword or vector, not '" + mode + "'.");
        }
    }

    private int[] pageRange() {
        if (pages == null) return null;
        String[] parts = pages.strip().split("\\s*[-–]\\s*");
        try {
            int from = Integer.parseInt(parts[0]);
            int to = parts.length > 1 ? Integer.parseInt(parts[1]) : from;
            if (parts.length > 2 || from < 1 || to < from) throw new NumberFormatException();
            return new int[] {from, to};
        } catch (NumberFormatException e) {
            throw new BadInputException("--pages takes a page or a range like 3-9, not '" + pages + "'.");
        }
    }

    private static void printHit(PrintWriter out, SearchHit hit) {
        out.printf("[%d] %s, %s  (fused %.4f; keyword %s; vector %s)%n", hit.rank(), hit.fileName(), hit.where(), hit.fusedScore(),
                hit.keywordRank() > 0 ? String.format(Locale.ROOT, "%.2f #%d", hit.keywordScore(), hit.keywordRank()) : "-",
                hit.vectorScore() == null ? "-" : String.format(Locale.ROOT, "%.3f%s", hit.vectorScore(),
                        hit.vectorRank() > 0 ? " #" + hit.vectorRank() : ""));
        String text = hit.text().replaceAll("\\s+", " ");
        out.println("    " + (text.length() > 400 ? text.substring(0, 400) + "…" : text));
        if (!hit.matchedTerms().isEmpty()) out.println("    matched: " + String.join(", ", hit.matchedTerms()));
    }

    private ObjectNode toJson(List<SearchHit> hits) {
        ObjectNode root = CliJson.MAPPER.createObjectNode();
        root.put("query", query);
        root.put("collection", collection);
        ArrayNode results = root.putArray("results");
        for (SearchHit hit : hits) {
            ObjectNode node = results.addObject();
            node.put("rank", hit.rank());
            node.put("text", hit.text());
            node.put("source", hit.fileName());
            node.put("path", hit.path());
            if (hit.page() > 0) node.put("page", hit.page()); else node.putNull("page");
            if (!hit.heading().isBlank()) node.put("heading", hit.heading()); else node.putNull("heading");
            node.put("where", hit.where());
            ObjectNode scores = node.putObject("scores");
            if (hit.keywordScore() != null) scores.put("keyword", hit.keywordScore()); else scores.putNull("keyword");
            if (hit.keywordRank() > 0) scores.put("keywordRank", hit.keywordRank()); else scores.putNull("keywordRank");
            if (hit.vectorScore() != null) scores.put("vector", hit.vectorScore()); else scores.putNull("vector");
            if (hit.vectorRank() > 0) scores.put("vectorRank", hit.vectorRank()); else scores.putNull("vectorRank");
            scores.put("fused", hit.fusedScore());
            ArrayNode terms = node.putArray("matchedTerms");
            hit.matchedTerms().forEach(terms::add);
        }
        return root;
    }
}
