package org.yomitori.read;

import org.yomitori.ocr.OcrEngine;
import org.yomitori.template.FieldSpec;

/** Reads one kind of field from an aligned page. Implementations are stateless. */
interface FieldReader {
    Reading read(FormPage page, FieldSpec spec, OcrEngine engine);
}
