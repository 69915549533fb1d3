package dev.playground.engine.retrieval.index;

import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;

/** A cheap guess whether a query is Spanish: Spanish punctuation and letters, or more Spanish than English stop words. */
public final class QueryLanguage {
    private static final CharArraySet SPANISH = SpanishAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private QueryLanguage() {}

    public static boolean isSpanish(String query) {
        String lower = query.toLowerCase(Locale.ROOT);
        if (lower.indexOf('¿') >= 0 || lower.indexOf('¡') >= 0 || lower.indexOf('ñ') >= 0) return true;
        int spanish = 0;
        int english = 0;
        for (String word : lower.split("[^\\p{L}]+")) {
            if (word.isEmpty()) continue;
            if (SPANISH.contains(word)) spanish++;
            if (ENGLISH.contains(word)) english++;
            if (word.matches(".*[áéíóú].*")) spanish++;
        }
        return spanish > english;
    }
}
