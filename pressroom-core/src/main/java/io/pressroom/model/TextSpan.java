package io.pressroom.model;

/**
 * A half-open character range {@code [start, end)} into an article's cleaned {@code body}.
 * Every extracted item points back to the exact characters it came from through one of these.
 */
public record TextSpan(int start, int end) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
