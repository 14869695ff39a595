package org.yomitori.render;

import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The resolution of a scanned image: from its metadata (PNG pHYs, JFIF density, TIFF
 * resolution, all exposed through the ImageIO standard tree as millimetres per pixel) when that
 * gives a plausible paper size, else estimated by assuming the image shows a whole A4 page.
 * Many cameras and some tools write a default of 72 dpi, which would make a 2480-pixel-wide
 * scan 34 inches wide; such values are ignored.
 */
final class ImageDpi {
    static final double A4_LONG_SIDE_INCHES = 297 / 25.4;
    /** Anything from a business card to A3 counts as a plausible scanned sheet. */
    private static final double MIN_LONG_SIDE_INCHES = 3;
    private static final double MAX_LONG_SIDE_INCHES = 17.5;

    private ImageDpi() {
    }

    static int of(IIOMetadata metadata, int width, int height) {
        double declared = declared(metadata);
        double longSide = Math.max(width, height);
        if (declared > 0) {
            double inches = longSide / declared;
            if (inches >= MIN_LONG_SIDE_INCHES && inches <= MAX_LONG_SIDE_INCHES) {
                return (int) Math.round(declared);
            }
        }
        return estimateA4(width, height);
    }

    /** The dpi at which the image's long side would be an A4 page's long side (297 mm). */
    static int estimateA4(int width, int height) {
        return Math.max(1, (int) Math.round(Math.max(width, height) / A4_LONG_SIDE_INCHES));
    }

    /** Horizontal dpi declared in the metadata, or 0 when absent or unreadable. */
    private static double declared(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return 0;
        }
        try {
            Element root = (Element) metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
            NodeList nodes = root.getElementsByTagName("HorizontalPixelSize");
            if (nodes.getLength() == 0) {
                return 0;
            }
            double mmPerPixel = Double.parseDouble(((Element) nodes.item(0)).getAttribute("value"));
            return mmPerPixel > 0 ? 25.4 / mmPerPixel : 0;
        } catch (RuntimeException e) { // odd metadata must not stop the page from being read
            return 0;
        }
    }
}
