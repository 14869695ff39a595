package org.yomitori.review;

import org.yomitori.storage.StoredField;

/**
 * A saved field.
 *
 * @param version        the document's version now
 * @param documentStatus needs_review, or released when this was the last open field
 * @param released       whether this save released the document
 */
public record Saved(StoredField field, int version, String documentStatus, boolean released) {
}
