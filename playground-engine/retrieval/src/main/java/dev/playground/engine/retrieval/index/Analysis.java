package dev.playground.engine.retrieval.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Every chunk is indexed twice, with English and with Spanish stemming and stop words, and queries
 * search both: no language detection to get wrong on short or mixed chunks, and "aprendizaje" finds
 * "aprendizajes" just as "models" finds "model".
 *
 * <p>Both read code as words too: an identifier is kept whole and also split at dots, underscores and
 * case changes ("mlflow.pyfunc.PythonModel" is also "mlflow", "pyfunc", "python", "model"), so a
 * question in words finds notes written in code. Spanish uses the Snowball stemmer, which reaches
 * past plurals and gender to verb and noun endings ("recuperación", "recuperado" and "recuperar"
 * meet); English keeps Porter's, as Lucene's English analyzer does. Decision 0102.
 */
final class Analysis {
    static final Analyzer ENGLISH = new Language(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
    static final Analyzer SPANISH = new Language(SpanishAnalyzer.getDefaultStopSet(), true);
    static final Map<String, Analyzer> BY_FIELD = Map.of(Fields.TEXT_EN, ENGLISH, Fields.TEXT_ES, SPANISH);

    private Analysis() {}

    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), BY_FIELD);
    }

    /** Standard tokens, identifiers split as well as whole, lower case, the language's stop words, its stemmer. */
    private static final class Language extends Analyzer {
        private static final int SPLIT = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
                | WordDelimiterGraphFilter.PRESERVE_ORIGINAL | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

        private final CharArraySet stopWords;
        private final boolean spanish;

        Language(CharArraySet stopWords, boolean spanish) {
            this.stopWords = stopWords;
            this.spanish = spanish;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new FlattenGraphFilter(new WordDelimiterGraphFilter(source, SPLIT, null));
            if (!spanish) result = new EnglishPossessiveFilter(result);
            result = new StopFilter(new LowerCaseFilter(result), stopWords);
            result = spanish ? new SnowballFilter(result, new SpanishStemmer()) : new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
