package org.yomitori.render;

/**
 * What a cheap look at a file found.
 *
 * @param format    "pdf", "tiff", "png" or "jpeg"
 * @param pageCount number of pages (images for TIFF), at least 1
 */
public record DocumentInfo(String format, int pageCount) {
}
