package dev.playground.ui.main;

import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.engine.tokens.PriceBook;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.ConnectionRepository;
import dev.playground.store.LocalStore;

/** What the views need from the rest of the app, handed in by the composition root. */
public record UiServices(LocalStore store, ModelGateway gateway, TemplateRenderer renderer, TokenCounter tokens,
                         TaskExecutor executor, String author, DocumentCollections documents, PriceBook prices) {
    /** With the shipped prices kept in memory (tests and harnesses, which have no data folder for prices.yaml). */
    public UiServices(LocalStore store, ModelGateway gateway, TemplateRenderer renderer, TokenCounter tokens,
                      TaskExecutor executor, String author, DocumentCollections documents) {
        this(store, gateway, renderer, tokens, executor, author, documents, PriceBook.inMemory(PriceTable.defaults()));
    }

    /** Without document collections: no Documents tab and no {{context}} retrieval. */
    public UiServices(LocalStore store, ModelGateway gateway, TemplateRenderer renderer, TokenCounter tokens, TaskExecutor executor, String author) {
        this(store, gateway, renderer, tokens, executor, author, null);
    }

    /** The saved connections and their policies. */
    public ConnectionRepository connectionRepository() {
        return store.connections();
    }
}
