package org.yomitori.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;

/** Multi-page fax-style TIFF: 1-bit pages, CCITT T.6 (G4) compression, resolution tags set. */
final class TiffG4 {
    static final String COMPRESSION = "CCITT T.6";

    private TiffG4() {
    }

    static void write(List<BufferedImage> bilevelPages, int dpi, Path file) throws IOException {
        Files.deleteIfExists(file); // ImageIO writes into a file in place and would not truncate it
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(COMPRESSION);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : bilevelPages) {
                writer.writeToSequence(new IIOImage(page, null, withResolution(writer, page, param, dpi)), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadata withResolution(ImageWriter writer, BufferedImage page, ImageWriteParam param, int dpi)
            throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
        TIFFDirectory dir = TIFFDirectory.createFromMetadata(meta);
        BaselineTIFFTagSet base = BaselineTIFFTagSet.getInstance();
        long[][] perInch = {{dpi, 1}};
        dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_X_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
                perInch));
        dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_Y_RESOLUTION), TIFFTag.TIFF_RATIONAL, 1,
                perInch));
        dir.addTIFFField(new TIFFField(base.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
                BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
        return dir.getAsMetadata();
    }
}
