package org.yomitori.read;

import java.util.ArrayList;
import java.util.List;
import org.yomitori.ocr.OcrEngine;
import org.yomitori.ocr.OcrException;
import org.yomitori.record.FieldResult;
import org.yomitori.record.FieldStatus;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;
import org.yomitori.validate.Validation;
import org.yomitori.validate.Validators;

/**
 * Reads the fields of an aligned page. Picks the reader for each field's type, then decides: a
 * field is {@code auto} only when its confidence reaches the field's threshold, the validator
 * passes and nothing else looked doubtful; otherwise it goes to review with reason codes.
 */
public final class FieldReaders {
    public static final String LOW_CONFIDENCE = "low_confidence";
    public static final String BLANK_REQUIRED = "blank_required";
    public static final String UNREADABLE = "unreadable";
    public static final String INCOMPLETE_CELLS = "incomplete_cells";
    public static final String OCR_TIMEOUT = "ocr_timeout";
    public static final String OCR_FAILED = "ocr_failed";
    /** Two OCR readers gave different text. */
    public static final String OCR_DISAGREEMENT = "ocr_disagreement";
    /** The page could not be aligned with confidence: boxes may not sit on what was written. */
    public static final String ALIGNMENT_DOUBTFUL = "alignment_doubtful";
    /** A value its validator rejects is most likely misread: its confidence is capped here. */
    static final double INVALID_CAP = 0.3;

    private FieldReaders() {
    }

    /** Reads every field of the page, in the given order. */
    public static List<FieldResult> readAll(FormPage page, List<FieldSpec> specs, OcrEngine engine) {
        List<FieldResult> out = new ArrayList<>(specs.size());
        for (FieldSpec spec : specs) {
            out.add(read(page, spec, engine));
        }
        return out;
    }

    /**
     * @param engine the calling thread's OCR engine (not used by checkbox and seal fields)
     */
    public static FieldResult read(FormPage page, FieldSpec spec, OcrEngine engine) {
        Reading r;
        try {
            r = readerFor(spec).read(page, spec, engine);
        } catch (OcrException e) {
            r = new Reading("", "", 0, List.of(OCR_FAILED));
        }
        return decide(spec, page.aligned() ? r : r.withReason(ALIGNMENT_DOUBTFUL));
    }

    static FieldResult decide(FieldSpec spec, Reading r) {
        List<String> reasons = new ArrayList<>(r.reasons());
        double confidence = r.confidence();
        if (r.value() instanceof String s) {
            Validation v = Validators.forField(spec).validate(s);
            if (!v.isOk()) {
                v.reasons().stream().filter(x -> !reasons.contains(x)).forEach(reasons::add);
                confidence = Math.min(confidence, INVALID_CAP);
            }
        }
        if (spec.required() && r.isBlank()) {
            reasons.add(BLANK_REQUIRED);
        }
        if (confidence < spec.threshold()) {
            reasons.add(0, LOW_CONFIDENCE);
        }
        FieldStatus status = reasons.isEmpty() ? FieldStatus.AUTO : FieldStatus.REVIEW;
        return new FieldResult(spec.name(), r.value(), r.raw(), confidence, status, reasons);
    }

    static FieldReader readerFor(FieldSpec spec) {
        if (spec.type() == FieldType.DATE) {
            return spec.isPrintedEraDate() ? new PrintedEraDateReader() : new DateFieldReader();
        }
        if (spec.type() == FieldType.CHECKBOX || spec.type() == FieldType.SEAL_PRESENCE) {
            return new CheckboxReader();
        }
        if (spec.type() == FieldType.CHECKBOX_GROUP) {
            return new CheckboxGroupReader();
        }
        return spec.isBoxed() ? new BoxedFieldReader() : new LineFieldReader();
    }
}
