package io.pressroom.pipeline;

/** One document could not become an article; the message is the one-line reason shown in the report. */
public class DocumentException extends Exception {
    public DocumentException(String message) {
        super(message);
    }
}
