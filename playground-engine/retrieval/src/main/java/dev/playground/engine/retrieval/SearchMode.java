package dev.playground.engine.retrieval;

/** Which rankings a search uses; hybrid fuses keyword (BM25) and vector rankings. */
public enum SearchMode { HYBRID, KEYWORD, VECTOR }
