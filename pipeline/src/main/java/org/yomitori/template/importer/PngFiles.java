package org.yomitori.template.importer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Writes a reference page as a maximally compressed PNG that records its dpi (pHYs chunk). */
final class PngFiles {
    private PngFiles() {
    }

    static void write(BufferedImage image, Path file, int dpi) throws IOException {
        Files.deleteIfExists(file); // ImageIO writes into a file in place and would not truncate it
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0f); // 0 = smallest file (deflate level 9)
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            meta.mergeTree("javax_imageio_png_1.0", physChunk(dpi));
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode physChunk(int dpi) {
        String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        return root;
    }
}
