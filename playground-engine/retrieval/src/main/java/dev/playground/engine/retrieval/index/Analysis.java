package dev.playground.engine.retrieval.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Every chunk is indexed twice, with English and with Spanish stemming and stop words, and queries
 * search both: no language detection to get wrong on short or mixed chunks, and "aprendizaje" finds
 * "aprendizajes" just as "models" finds "model".
 */
final class Analysis {
    static final Analyzer ENGLISH = new EnglishAnalyzer();
    static final Analyzer SPANISH = new SpanishAnalyzer();
    static final Map<String, Analyzer> BY_FIELD = Map.of(Fields.TEXT_EN, ENGLISH, Fields.TEXT_ES, SPANISH);

    private Analysis() {}

    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), BY_FIELD);
    }
}
