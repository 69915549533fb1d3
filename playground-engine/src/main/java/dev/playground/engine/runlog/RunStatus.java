package dev.playground.engine.runlog;

/** How a call ended. INCOMPLETE means some text arrived before the stream broke. */
public enum RunStatus { OK, INCOMPLETE, ERROR, CANCELLED }
