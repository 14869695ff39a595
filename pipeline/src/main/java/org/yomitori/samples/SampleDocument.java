package org.yomitori.samples;

import java.awt.image.BufferedImage;
import java.util.Map;
import org.yomitori.template.Template;

/** One generated document: what was written, how, and the scanned page. */
record SampleDocument(Template template, Map<String, Object> values, FillStyle style, ScanDamage damage,
                      boolean colour, BufferedImage scan) {
}
