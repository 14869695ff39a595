package org.yomitori.read;

import org.yomitori.ocr.OcrEngine;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;

/** A single checkbox (true when ticked, crossed or filled) or a seal box (true when stamped). */
final class CheckboxReader implements FieldReader {
    @Override
    public Reading read(FormPage page, FieldSpec spec, OcrEngine engine) {
        MarkReaders.Mark m = spec.type() == FieldType.SEAL_PRESENCE
                ? MarkReaders.seal(page, spec.box())
                : MarkReaders.box(page, spec.box());
        return Reading.of(m.marked(), String.format(java.util.Locale.ROOT, "%.3f", m.strength()), m.confidence());
    }
}
