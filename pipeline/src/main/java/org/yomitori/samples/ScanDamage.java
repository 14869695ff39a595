package org.yomitori.samples;

import java.util.Random;

/**
 * What a scanner (or a careless operator) does to a page. {@link #none(int)} is a perfect scan;
 * the {@code with…} methods add one kind of damage each.
 *
 * @param angle       rotation in degrees, counter-clockwise
 * @param scale       size factor on top of the dpi change (a copier's 98 %, say)
 * @param shiftX      displacement in output pixels
 * @param shiftY      displacement in output pixels
 * @param dpi         output resolution (the page is resampled from the source's dpi)
 * @param blur        Gaussian blur sigma in output pixels, 0 = sharp
 * @param noise       Gaussian noise sigma in gray levels, 0 = clean
 * @param speckle     dust specks per million pixels
 * @param binarise    Otsu threshold to black and white, like a fax or a G4 TIFF
 * @param grayLevels  gray levels kept (16 like a cheap scanner), 0 or 256 = all
 * @param darkBorder  width in pixels of the dark band a scanner lid leaves at the edges, 0 = none
 * @param upsideDown  the page was fed the wrong way round
 * @param jpegQuality 1..100 to pass the page through JPEG compression, 0 = lossless
 */
public record ScanDamage(double angle, double scale, int shiftX, int shiftY, int dpi, double blur, double noise,
                         double speckle, boolean binarise, int grayLevels, int darkBorder, boolean upsideDown,
                         int jpegQuality) {

    public ScanDamage {
        if (dpi < 50 || dpi > 1200 || scale <= 0.1 || scale > 10 || blur < 0 || noise < 0 || speckle < 0
                || jpegQuality < 0 || jpegQuality > 100 || grayLevels < 0 || grayLevels > 256 || darkBorder < 0) {
            throw new IllegalArgumentException("scan damage out of range: " + this);
        }
    }

    /** A perfect scan at {@code dpi}. */
    public static ScanDamage none(int dpi) {
        return new ScanDamage(0, 1, 0, 0, dpi, 0, 0, 0, false, 0, 0, false, 0);
    }

    /** A plausible office scan at {@code dpi}: slightly skewed, scaled, shifted, blurred and noisy. */
    public static ScanDamage typical(int dpi, Random r) {
        double angle = (0.3 + 2.7 * r.nextDouble()) * (r.nextBoolean() ? 1 : -1);
        return none(dpi).withGeometry(angle, 0.98 + 0.04 * r.nextDouble(), r.nextInt(61) - 30, r.nextInt(61) - 30)
                .withBlur(0.3 + 0.5 * r.nextDouble()).withNoise(1 + 3 * r.nextDouble());
    }

    public ScanDamage withGeometry(double degrees, double factor, int dx, int dy) {
        return new ScanDamage(degrees, factor, dx, dy, dpi, blur, noise, speckle, binarise, grayLevels, darkBorder,
                upsideDown, jpegQuality);
    }

    public ScanDamage withBlur(double sigma) {
        return new ScanDamage(angle, scale, shiftX, shiftY, dpi, sigma, noise, speckle, binarise, grayLevels,
                darkBorder, upsideDown, jpegQuality);
    }

    public ScanDamage withNoise(double sigma) {
        return new ScanDamage(angle, scale, shiftX, shiftY, dpi, blur, sigma, speckle, binarise, grayLevels,
                darkBorder, upsideDown, jpegQuality);
    }

    public ScanDamage withSpeckle(double perMillion) {
        return new ScanDamage(angle, scale, shiftX, shiftY, dpi, blur, noise, perMillion, binarise, grayLevels,
                darkBorder, upsideDown, jpegQuality);
    }

    public ScanDamage withBinarise(boolean otsu) {
        return new ScanDamage(angle, scale, shiftX, shiftY, dpi, blur, noise, speckle, otsu, grayLevels, darkBorder,
                upsideDown, jpegQuality);
    }

    public ScanDamage withGrayLevels(int levels) {
        return new ScanDamage(angle, scale, shiftX, shiftY, dpi, blur, noise, speckle, binarise, levels, darkBorder,
                upsideDown, jpegQuality);
    }

    public ScanDamage withDarkBorder(int pixels) {
        return new ScanDamage(angle, scale, shiftX, shiftY, dpi, blur, noise, speckle, binarise, grayLevels, pixels,
                upsideDown, jpegQuality);
    }

    public ScanDamage withUpsideDown(boolean rotated) {
        return new ScanDamage(angle, scale, shiftX, shiftY, dpi, blur, noise, speckle, binarise, grayLevels,
                darkBorder, rotated, jpegQuality);
    }

    public ScanDamage withJpegQuality(int quality) {
        return new ScanDamage(angle, scale, shiftX, shiftY, dpi, blur, noise, speckle, binarise, grayLevels,
                darkBorder, upsideDown, quality);
    }
}
