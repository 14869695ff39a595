package org.yomitori.storage;

/** A page image of a document, as shown to a verifier; {@code pageNo} counts from 0 within the document. */
public record PageImage(String documentId, int pageNo, String path) {
}
