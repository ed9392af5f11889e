package io.pressroom.cli;

/**
 * Whether the JVM is shutting down (Ctrl-C). Calling System.exit then would block forever behind the
 * running shutdown hooks, so {@link PressroomCli#main} skips it.
 */
final class Shutdown {
    private static volatile boolean inProgress;

    private Shutdown() { }

    static void begin() {
        inProgress = true;
    }

    static boolean inProgress() {
        return inProgress;
    }
}
