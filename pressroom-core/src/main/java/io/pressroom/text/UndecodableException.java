package io.pressroom.text;

/** The bytes are not text Pressroom can read (an image, an archive, an executable...). */
public class UndecodableException extends Exception {
    public UndecodableException(String message) {
        super(message);
    }
}
