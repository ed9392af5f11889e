package io.pressroom.server;

/** A request that cannot be answered, with the HTTP status to answer it with. */
final class ApiException extends RuntimeException {
    final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }
}
