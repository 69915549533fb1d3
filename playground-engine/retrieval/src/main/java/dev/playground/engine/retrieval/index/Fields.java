package dev.playground.engine.retrieval.index;

/** Lucene field names; kept in one place because writer, searcher and filters must agree. */
final class Fields {
    static final String KIND = "kind";
    static final String KIND_CHUNK = "chunk";
    static final String KIND_FILE = "file";
    static final String ID = "id";
    static final String PATH = "path";
    static final String NAME = "name";
    static final String FOLDER = "folder";
    static final String TYPE = "type";
    static final String TAG = "tag";
    static final String PAGE = "page";
    static final String HEADING = "heading";
    static final String ORDINAL = "ordinal";
    static final String TEXT = "text";
    static final String CONTEXT = "context";
    static final String TEXT_EN = "text_en";
    static final String TEXT_ES = "text_es";
    static final String VECTOR = "vector";
    static final String VECTOR_BYTES = "vector_bytes";
    static final String PENDING = "pending";
    static final String HASH = "hash";
    static final String MTIME = "mtime";
    static final String SIZE = "size";
    static final String INDEXED = "indexed";
    static final String CHUNKS = "chunks";
    static final String MESSAGE = "message";
    static final String NOTE = "note";

    private Fields() {}
}
