package dev.playground.engine.retrieval.index;

import dev.playground.engine.retrieval.SearchFilter;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Turns a {@link SearchFilter} into a Lucene filter over chunk documents. */
final class FilterQuery {
    private FilterQuery() {}

    static Query of(SearchFilter filter) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(new TermQuery(new Term(Fields.KIND, Fields.KIND_CHUNK)), Occur.FILTER);
        if (!filter.files().isEmpty()) {
            BooleanQuery.Builder files = new BooleanQuery.Builder();
            for (String file : filter.files()) {
                files.add(new TermQuery(new Term(Fields.PATH, file)), Occur.SHOULD);
                files.add(new TermQuery(new Term(Fields.NAME, file)), Occur.SHOULD);
            }
            all.add(files.build(), Occur.FILTER);
        }
        addAnyOf(all, Fields.FOLDER, filter.folders());
        addAnyOf(all, Fields.TYPE, filter.types().stream().map(t -> t.startsWith(".") ? t.substring(1) : t)
                .map(String::toLowerCase).collect(java.util.stream.Collectors.toSet()));
        addAnyOf(all, Fields.TAG, filter.tags());
        if (filter.pageFrom() != null || filter.pageTo() != null) {
            int from = filter.pageFrom() == null ? 1 : Math.max(1, filter.pageFrom());
            int to = filter.pageTo() == null ? Integer.MAX_VALUE : filter.pageTo();
            all.add(IntPoint.newRangeQuery(Fields.PAGE, from, to), Occur.FILTER);
        }
        return all.build();
    }

    private static void addAnyOf(BooleanQuery.Builder all, String field, Set<String> values) {
        if (values.isEmpty()) return;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String value : values) any.add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        all.add(any.build(), Occur.FILTER);
    }
}
