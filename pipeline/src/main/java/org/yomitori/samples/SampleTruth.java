package org.yomitori.samples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.yomitori.template.FieldSpec;
import org.yomitori.template.FieldType;

/** Ground truth of a generated file in the eval format ({@code ../shared/eval/README.md}). */
final class SampleTruth {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleTruth() {
    }

    static String json(String fileName, List<SampleDocument> docs, FormFiller filler) {
        ObjectNode root = JSON.createObjectNode().put("file", fileName);
        ArrayNode documents = root.putArray("documents");
        for (int i = 0; i < docs.size(); i++) {
            documents.add(document(docs.get(i), i, filler));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("truth cannot be serialised", e);
        }
    }

    private static ObjectNode document(SampleDocument d, int page, FormFiller filler) {
        ObjectNode doc = JSON.createObjectNode().put("form", d.template().id());
        doc.putArray("pages").add(page);
        ObjectNode fields = doc.putObject("fields");
        ObjectNode raw = doc.putObject("raw");
        ObjectNode types = doc.putObject("types");
        for (FieldSpec f : d.template().fields()) {
            Object value = d.values().get(f.name());
            fields.set(f.name(), JSON.valueToTree(value));
            types.put(f.name(), f.type().id());
            if (f.type() == FieldType.DATE && !FormFiller.isBlank(value)) {
                raw.put(f.name(), filler.writtenText(d.template(), f, value, d.style()));
            }
        }
        doc.set("scan", scan(d.damage(), d.colour()));
        FillStyle s = d.style();
        doc.putObject("writer").put("font", s.font()).put("printed", s.jitter() == 0).put("jitter", round(s.jitter()))
                .put("ink", s.ink().name().toLowerCase()).put("date_style", s.dateStyle().name().toLowerCase())
                .put("check_mark", s.checkMark().name().toLowerCase());
        doc.putArray("extras");
        doc.putNull("attachment");
        return doc;
    }

    private static ObjectNode scan(ScanDamage s, boolean colour) {
        ObjectNode scan = JSON.createObjectNode()
                .put("profile", s.binarise() ? "bilevel" : colour ? "color" : "gray").put("dpi", s.dpi())
                .put("angle", round(s.angle())).put("scale", round(s.scale()));
        scan.putArray("shift").add(s.shiftX()).add(s.shiftY());
        return scan.put("upside_down", s.upsideDown()).put("color", colour).put("binarized", s.binarise())
                .put("blur", round(s.blur())).put("noise", round(s.noise())).put("speckle", round(s.speckle()))
                .put("gray_levels", s.grayLevels()).put("dark_border", s.darkBorder())
                .put("jpeg_quality", s.jpegQuality());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
