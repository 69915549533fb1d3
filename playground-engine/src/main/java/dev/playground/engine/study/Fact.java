package dev.playground.engine.study;

/**
 * An entry of the facts index: the id of a fact in the study-facts reference and whether it is
 * confirmed. The fact's text stays in the reference; questions cite the id.
 */
public record Fact(String id, boolean confirmed) {
}
