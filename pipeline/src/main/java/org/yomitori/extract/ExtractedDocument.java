package org.yomitori.extract;

import java.util.List;
import org.yomitori.imaging.GrayImage;
import org.yomitori.record.DocumentRecord;
import org.yomitori.template.Template;

/**
 * One document found in a scan, with what the verification step needs beside the record.
 *
 * @param record   the record (status, fields)
 * @param template the template it was read with, or null when unidentified
 * @param pages    the document's page images: aligned to the template's reference (so field boxes
 *                 apply directly) when identified, else the normalised scan pages
 */
public record ExtractedDocument(DocumentRecord record, Template template, List<GrayImage> pages) {
    public ExtractedDocument {
        pages = List.copyOf(pages);
    }
}
