package pl.krakow.kck.bot.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks an uploaded photo and removes what could identify the resident before it is stored: in a JPEG
 * every APP1 segment (EXIF, with GPS position, camera and time, and XMP), the APP3–APP13 and APP15
 * segments (IPTC and vendor data) and comments, keeping only JFIF (APP0), the ICC colour profile (APP2)
 * and Adobe's colour transform (APP14) besides the image itself; in a PNG the eXIf, tEXt, zTXt, iTXt and
 * tIME chunks. The pixels are not touched (no re-encoding, no loss); EXIF orientation goes with EXIF.
 * Only JPEG and PNG are taken, their content must match the declared type, and the image's size is
 * read from its headers to refuse what is not an image or is absurdly large.
 */
public final class PhotoSanitizer {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final Set<String> TYPES = Set.of(JPEG, PNG);

    /** A 24-megapixel phone photo passes; decoded it takes about 100 MB, so nothing larger is taken. */
    static final int MAX_SIDE = 8_000;
    static final long MAX_PIXELS = 25_000_000L;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** What it takes to draw the picture in its colours; every other chunk (text, time, EXIF, private ones) goes. */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "tRNS", "IDAT", "IEND", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT");

    private final int maxBytes;

    public PhotoSanitizer(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** A photo ready to store. */
    public record Clean(String contentType, byte[] bytes, int width, int height) {
    }

    /** A photo that cannot be taken, with the reason for the resident (Polish) and for IT (English). */
    public static final class Rejected extends Exception {
        private final String text;

        Rejected(String text, String english) {
            super(english);
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public Clean clean(byte[] bytes, String declaredType) throws Rejected {
        String declared = declaredType == null ? "" : declaredType.toLowerCase(Locale.ROOT).replace("image/jpg", JPEG).strip();
        if (!TYPES.contains(declared)) {
            throw new Rejected(ReportPhrases.text("photo-type"), "Only image/jpeg and image/png are accepted.");
        }
        if (bytes.length == 0) {
            throw new Rejected(ReportPhrases.text("photo-empty"), "The file is empty.");
        }
        if (bytes.length > maxBytes) {
            throw new Rejected(ReportPhrases.text("photo-too-big", maxBytes / (1024 * 1024)),
                    "The photo exceeds " + maxBytes + " bytes.");
        }
        String actual = isJpeg(bytes) ? JPEG : isPng(bytes) ? PNG : null;
        if (!declared.equals(actual)) {
            throw new Rejected(ReportPhrases.text("photo-not-type", declared.equals(JPEG) ? "JPEG" : "PNG"),
                    "The content does not match " + declared + ".");
        }
        byte[] stripped = actual.equals(JPEG) ? stripJpeg(bytes) : stripPng(bytes);
        int[] size = dimensions(stripped);
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE || (long) size[0] * size[1] > MAX_PIXELS) {
            throw new Rejected(ReportPhrases.text("photo-resolution"), "The image is " + size[0] + "x" + size[1] + " pixels.");
        }
        return new Clean(actual, stripped, size[0], size[1]);
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }

    private static boolean isPng(byte[] b) {
        if (b.length < PNG_SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            if (b[i] != PNG_SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /** Copies a JPEG segment by segment, leaving out the metadata segments. */
    static byte[] stripJpeg(byte[] in) throws Rejected {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2);
        int pos = 2;
        while (pos < in.length) {
            if ((in[pos] & 0xFF) != 0xFF) {
                throw broken("expected a marker at byte " + pos);
            }
            while (pos + 1 < in.length && (in[pos + 1] & 0xFF) == 0xFF) {
                pos++; // fill bytes
            }
            if (pos + 1 >= in.length) {
                throw broken("truncated marker");
            }
            int marker = in[pos + 1] & 0xFF;
            if (marker == 0xD9) {
                out.write(in, pos, 2);
                return out.toByteArray();
            }
            if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
                out.write(in, pos, 2);
                pos += 2;
                continue;
            }
            if (pos + 3 >= in.length) {
                throw broken("truncated segment");
            }
            int length = ((in[pos + 2] & 0xFF) << 8) | (in[pos + 3] & 0xFF);
            int end = pos + 2 + length;
            if (length < 2 || end > in.length) {
                throw broken("segment length out of range at byte " + pos);
            }
            if (keep(marker, in, pos + 4, end)) {
                out.write(in, pos, end - pos);
            }
            pos = end;
            if (marker == 0xDA) {
                int next = endOfScan(in, pos);
                out.write(in, pos, next - pos);
                pos = next;
            }
        }
        throw broken("no end-of-image marker");
    }

    private static boolean keep(int marker, byte[] in, int data, int end) {
        if (marker == 0xFE || marker == 0xE1 || (marker >= 0xE3 && marker <= 0xED) || marker == 0xEF) {
            return false;
        }
        if (marker == 0xE2) {
            byte[] icc = "ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            if (end - data < icc.length) {
                return false;
            }
            for (int i = 0; i < icc.length; i++) {
                if (in[data + i] != icc[i]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The position of the first marker after entropy-coded data (restart markers and stuffed bytes belong to it). */
    private static int endOfScan(byte[] in, int pos) {
        int i = pos;
        while (i + 1 < in.length) {
            if ((in[i] & 0xFF) == 0xFF) {
                int next = in[i + 1] & 0xFF;
                if (next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
                    return i;
                }
            }
            i++;
        }
        return in.length;
    }

    /** Copies a PNG chunk by chunk, keeping only those needed to draw it. */
    static byte[] stripPng(byte[] in) throws Rejected {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, PNG_SIGNATURE.length);
        int pos = PNG_SIGNATURE.length;
        while (pos + 12 <= in.length) {
            long length = ((long) (in[pos] & 0xFF) << 24) | ((in[pos + 1] & 0xFF) << 16) | ((in[pos + 2] & 0xFF) << 8) | (in[pos + 3] & 0xFF);
            long end = pos + 12 + length;
            if (end > in.length) {
                throw broken("PNG chunk out of range at byte " + pos);
            }
            String type = new String(in, pos + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (PNG_KEPT.contains(type)) {
                out.write(in, pos, (int) (end - pos));
            }
            pos = (int) end;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw broken("no IEND chunk");
    }

    private static int[] dimensions(byte[] bytes) throws Rejected {
        try (ImageInputStream stream = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw broken("no image reader accepts it");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw broken("unreadable image: " + e.getMessage());
        }
    }

    private static Rejected broken(String why) {
        return new Rejected(ReportPhrases.text("photo-broken"), "Broken image: " + why);
    }
}
