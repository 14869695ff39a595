package org.yomitori.template;

/**
 * One option of a checkbox group, or one era a writer may circle on a printed date.
 *
 * @param option   the value recorded when this option is chosen
 * @param box      the square to tick, or null when the option is chosen by circling its label
 * @param labelBox the printed option text
 */
public record OptionSpec(String option, Box box, Box labelBox) {
}
