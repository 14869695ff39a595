package org.yomitori.render;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.filter.MissingImageReaderException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * A PDFBox renderer that remembers when an image on the page could not be drawn. PDFBox only
 * logs such failures and carries on, which for a scan (usually one image per page) yields a
 * blank page that would pass as an empty form; this lets the caller refuse the file instead.
 * One instance per document and thread.
 */
final class CheckedPdfRenderer extends PDFRenderer {
    /** What went wrong on the last page rendered, or null. */
    private IOException imageFailure;

    CheckedPdfRenderer(PDDocument document) {
        super(document);
        // lets PDFBox decode a huge embedded image at the resolution it is drawn at
        setSubsamplingAllowed(true);
    }

    /** Forgets the last page's failure; call before rendering a page. */
    void clearFailure() {
        imageFailure = null;
    }

    IOException imageFailure() {
        return imageFailure;
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new PageDrawer(parameters) {
            @Override
            protected void operatorException(Operator operator, List<COSBase> operands, IOException e)
                    throws IOException {
                String op = operator.getName();
                if (e instanceof MissingImageReaderException || "Do".equals(op) || "BI".equals(op)) {
                    imageFailure = imageFailure == null ? e : imageFailure;
                }
                super.operatorException(operator, operands, e);
            }
        };
    }
}
