package dev.playground.engine.archcycleb;

/** The other half of the deliberate package cycle. */
public final class CycleB {
    dev.playground.engine.archcyclea.CycleA other;
}
