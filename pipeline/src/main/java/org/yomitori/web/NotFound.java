package org.yomitori.web;

/** A request for something that does not exist; answered with 404 and the message. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
