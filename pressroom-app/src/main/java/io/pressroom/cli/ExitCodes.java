package io.pressroom.cli;

/** Process exit codes, documented in README.md. */
public final class ExitCodes {
    /** Everything worked. */
    public static final int OK = 0;
    /** The command finished, but some documents failed (listed in the report). */
    public static final int PARTIAL = 1;
    /** Wrong command line (unknown option, bad value). */
    public static final int USAGE = 2;
    /** Another process is writing to the index. */
    public static final int IN_USE = 3;
    /** No index in the data folder, or no article with that id. */
    public static final int NOT_FOUND = 4;
    /** Input/output error (disk full, unreadable index). */
    public static final int IO = 5;
    /** Stopped by Ctrl-C; committed work is kept. */
    public static final int INTERRUPTED = 130;

    private ExitCodes() { }
}
