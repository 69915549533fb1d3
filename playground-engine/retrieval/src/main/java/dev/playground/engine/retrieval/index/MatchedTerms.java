package dev.playground.engine.retrieval.index;

import dev.playground.engine.context.SearchHit.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Finds the words of a chunk that match the query under the same analysis as BM25 (so "modelos"
 * highlights for the query "modelo"), with their character spans. Query words that are stop words
 * in either language are dropped first: each field removes only its own language's stop words, so
 * otherwise the English field would match (and highlight) "de", "la", "que" in Spanish text.
 * Words are compared without accents ("cómo" is "como", a stop word) and the words that only make
 * a sentence a question ("how", "which", "dónde", "cuál") go too: they name no subject, but match
 * table headers and prose that happen to use them.
 */
final class MatchedTerms {
    private static final List<String> QUESTION_WORDS = List.of("what", "which", "how", "why", "when", "where", "who", "whom",
            "whose", "do", "does", "did", "should", "can", "could", "would", "i", "my", "me", "we", "our", "you", "your",
            "que", "como", "cual", "cuales", "donde", "cuando", "cuanto", "cuanta", "cuantos", "cuantas", "quien", "quienes",
            "hago", "puedo", "debo", "tengo", "conviene");

    private static final CharArraySet STOP_WORDS = bothLanguages();

    private final Map<String, Set<String>> queryTermsByField;

    MatchedTerms(String query) {
        String content = withoutStopWords(query);
        queryTermsByField = Map.of(Fields.TEXT_EN, terms(Analysis.ENGLISH, Fields.TEXT_EN, content),
                Fields.TEXT_ES, terms(Analysis.SPANISH, Fields.TEXT_ES, content));
    }

    private static CharArraySet bothLanguages() {
        CharArraySet both = new CharArraySet(64, true);
        for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) both.add(fold(word instanceof char[] chars ? new String(chars) : word.toString()));
        for (Object word : SpanishAnalyzer.getDefaultStopSet()) both.add(fold(word instanceof char[] chars ? new String(chars) : word.toString()));
        both.addAll(QUESTION_WORDS);
        return CharArraySet.unmodifiableSet(both);
    }

    /** Lower case without accents: "Cómo" gives "como". */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.chars().allMatch(c -> c < 128) ? lower
                : java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    static String withoutStopWords(String query) {
        StringBuilder kept = new StringBuilder();
        for (String word : query.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(fold(word))) kept.append(word).append(' ');
        }
        return kept.toString().strip();
    }

    boolean isEmpty() {
        return queryTermsByField.values().stream().allMatch(Set::isEmpty);
    }

    Set<String> terms(String field) {
        return queryTermsByField.get(field);
    }

    record Matches(List<String> words, List<Span> spans) {}

    Matches find(String text) {
        List<Span> spans = new ArrayList<>();
        for (Map.Entry<String, Analyzer> entry : Analysis.BY_FIELD.entrySet()) {
            Set<String> wanted = queryTermsByField.get(entry.getKey());
            if (wanted.isEmpty()) continue;
            forEachToken(entry.getValue(), entry.getKey(), text, (term, start, end) -> {
                if (wanted.contains(term)) spans.add(new Span(start, end));
            });
        }
        List<Span> merged = merge(spans);
        Set<String> words = new LinkedHashSet<>();
        for (Span span : merged) words.add(text.substring(span.start(), span.end()).toLowerCase(Locale.ROOT));
        return new Matches(List.copyOf(words), merged);
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            if (!merged.isEmpty() && span.start() < merged.getLast().end()) continue;
            merged.add(span);
        }
        return merged;
    }

    private static Set<String> terms(Analyzer analyzer, String field, String text) {
        Set<String> terms = new HashSet<>();
        forEachToken(analyzer, field, text, (term, start, end) -> terms.add(term));
        return terms;
    }

    private interface TokenSink {
        void accept(String term, int start, int end);
    }

    private static void forEachToken(Analyzer analyzer, String field, String text, TokenSink sink) {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analysing text in memory failed", e);
        }
    }
}
