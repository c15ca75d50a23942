package pl.krakow.kck.bot.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class PhotoSanitizerTest {

    private final PhotoSanitizer sanitizer = new PhotoSanitizer(5 * 1024 * 1024);

    @Test
    void should_remove_exif_with_the_gps_position_xmp_and_comments_from_a_jpeg_and_keep_the_pixels() throws Exception {
        byte[] original = TestImages.jpegWithGps();
        assertTrue(TestImages.contains(original, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(TestImages.contains(original, TestImages.gpsMarker()));

        PhotoSanitizer.Clean clean = sanitizer.clean(original, "image/jpeg");

        assertEquals("image/jpeg", clean.contentType());
        assertFalse(TestImages.contains(clean.bytes(), "Exif".getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(TestImages.contains(clean.bytes(), TestImages.gpsMarker()));
        assertFalse(TestImages.contains(clean.bytes(), "GPSLatitude".getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(TestImages.contains(clean.bytes(), "Karmelicka".getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(hasMarker(clean.bytes(), 0xE1));
        assertEquals(64, clean.width());
        assertEquals(48, clean.height());
        assertArrayEquals(pixels(original), pixels(clean.bytes()));
    }

    @Test
    void should_remove_text_and_exif_chunks_from_a_png_and_keep_the_pixels() throws Exception {
        byte[] original = TestImages.pngWithText();
        assertTrue(TestImages.contains(original, "eXIf".getBytes(StandardCharsets.US_ASCII)));

        PhotoSanitizer.Clean clean = sanitizer.clean(original, "image/png");

        assertFalse(TestImages.contains(clean.bytes(), "tEXt".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(TestImages.contains(clean.bytes(), "eXIf".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(TestImages.contains(clean.bytes(), TestImages.gpsMarker()));
        assertArrayEquals(pixels(original), pixels(clean.bytes()));
    }

    @Test
    void should_keep_only_the_chunks_needed_to_draw_a_png() throws Exception {
        byte[] plain = TestImages.encode("png");
        int afterHeader = 8 + 8 + 13 + 4;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(plain, 0, afterHeader);
        TestImages.chunk(out, "gpSx", "GPS 50.06,19.93".getBytes(StandardCharsets.US_ASCII)); // a private, ancillary chunk
        TestImages.chunk(out, "pHYs", new byte[9]);
        out.write(plain, afterHeader, plain.length - afterHeader);

        PhotoSanitizer.Clean clean = sanitizer.clean(out.toByteArray(), "image/png");

        assertFalse(TestImages.contains(clean.bytes(), "GPS 50.06".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(TestImages.contains(clean.bytes(), "pHYs".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals(pixels(plain), pixels(clean.bytes()));
    }

    @Test
    void should_refuse_more_pixels_than_a_phone_photo_has() {
        PhotoSanitizer.Rejected refused = assertThrows(PhotoSanitizer.Rejected.class,
                () -> sanitizer.clean(TestImages.pngHeaderOnly(12_000, 4_166), "image/png"));
        assertTrue(refused.getMessage().contains("12000x4166"), refused.getMessage());
        assertThrows(PhotoSanitizer.Rejected.class, () -> sanitizer.clean(TestImages.pngHeaderOnly(9_000, 100), "image/png"));
    }

    @Test
    void should_refuse_other_types_content_that_does_not_match_and_files_over_the_limit() {
        byte[] png = TestImages.encode("png");
        assertThrows(PhotoSanitizer.Rejected.class, () -> sanitizer.clean(png, "image/gif"));
        PhotoSanitizer.Rejected mismatch = assertThrows(PhotoSanitizer.Rejected.class, () -> sanitizer.clean(png, "image/jpeg"));
        assertTrue(mismatch.text().contains("JPEG"));
        assertThrows(PhotoSanitizer.Rejected.class, () -> sanitizer.clean("<html>".getBytes(StandardCharsets.UTF_8), "image/png"));
        PhotoSanitizer small = new PhotoSanitizer(100);
        PhotoSanitizer.Rejected tooLarge = assertThrows(PhotoSanitizer.Rejected.class, () -> small.clean(png, "image/png"));
        assertTrue(tooLarge.text().contains("za duże"));
        assertThrows(PhotoSanitizer.Rejected.class, () -> sanitizer.clean(new byte[0], "image/png"));
    }

    @Test
    void should_refuse_a_truncated_jpeg() {
        byte[] jpeg = TestImages.jpegWithGps();
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);
        assertThrows(PhotoSanitizer.Rejected.class, () -> sanitizer.clean(truncated, "image/jpeg"));
    }

    private static int[] pixels(byte[] bytes) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** Whether a segment with this marker appears before the image data. */
    private static boolean hasMarker(byte[] jpeg, int marker) {
        int pos = 2;
        while (pos + 3 < jpeg.length) {
            int m = jpeg[pos + 1] & 0xFF;
            if (m == marker) {
                return true;
            }
            if (m == 0xDA) {
                return false;
            }
            pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
        }
        return false;
    }
}
