package io.pressroom.cli;

/** What the output is connected to, so that colour and progress bars only go to a person. */
final class Terminal {
    private Terminal() { }

    static boolean interactive() {
        return System.console() != null && System.getenv("CI") == null && !"dumb".equals(System.getenv("TERM"));
    }

    static String bold(String s, boolean ansi) {
        return ansi ? "\u001B[1m" + s + "\u001B[0m" : s;
    }
}
