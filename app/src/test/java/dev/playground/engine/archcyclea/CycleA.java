package dev.playground.engine.archcyclea;

/** Half of a deliberate package cycle (app test sources only), to prove the cycle rule fails. */
public final class CycleA {
    dev.playground.engine.archcycleb.CycleB other;
}
