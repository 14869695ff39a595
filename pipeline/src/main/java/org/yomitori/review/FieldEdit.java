package org.yomitori.review;

/**
 * A verifier's change to one field.
 *
 * @param value          what they typed: a String, Boolean or List of option names
 * @param version        the document version they saw
 * @param illegible      the field cannot be read on the paper: stored blank, verified, flagged
 * @param overrideReason why a value that breaks a rule is right all the same, or null
 */
public record FieldEdit(Object value, int version, boolean illegible, String overrideReason) {
    /** Marks a field that is verified but whose value breaks a rule (the override is recorded). */
    public static final String OVERRIDE = "override";
    /** Marks a field the verifier could not read. */
    public static final String ILLEGIBLE = "illegible";

    public boolean overridden() {
        return overrideReason != null && !overrideReason.isBlank();
    }
}
