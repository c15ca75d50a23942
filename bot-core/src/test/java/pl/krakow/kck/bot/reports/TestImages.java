package pl.krakow.kck.bot.reports;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Photos as a phone sends them: a JPEG with an EXIF block holding a GPS position, a PNG with text and eXIf chunks. */
public final class TestImages {

    /** The latitude's seconds as written into the EXIF block (41.23″), searched for in the output. */
    public static final int GPS_SECONDS_NUMERATOR = 0x4123_4123;

    private TestImages() {
    }

    public static BufferedImage picture() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(10, 10, 20, 20);
        g.dispose();
        return image;
    }

    /** A JPEG with APP1 EXIF (GPS IFD: N 50° 3′ …″), an APP1 XMP packet and a comment, right after SOI. */
    public static byte[] jpegWithGps() {
        byte[] plain = encode("jpg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiffWithGps()));
        segment(out, 0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>50,3.41N</exif:GPSLatitude></x:xmpmeta>")
                .getBytes(StandardCharsets.ISO_8859_1));
        segment(out, 0xFE, "taken at Karmelicka 12".getBytes(StandardCharsets.ISO_8859_1));
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A PNG with tEXt and eXIf chunks after IHDR. */
    public static byte[] pngWithText() {
        byte[] plain = encode("png");
        int afterHeader = 8 + 8 + 13 + 4; // signature, IHDR length+type, IHDR data, CRC
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterHeader);
        chunk(out, "tEXt", "Comment\0GPS 50.06143 19.93658".getBytes(StandardCharsets.ISO_8859_1));
        chunk(out, "eXIf", tiffWithGps());
        out.write(plain, afterHeader, plain.length - afterHeader);
        return out.toByteArray();
    }

    /** A PNG that only claims its size: IHDR and IEND (nothing reads the pixels before the size is checked). */
    public static byte[] pngHeaderOnly(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, 8);
        byte[] header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array();
        chunk(out, "IHDR", header);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    public static byte[] encode(String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture(), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public static byte[] gpsMarker() {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(GPS_SECONDS_NUMERATOR).array();
    }

    /** Little-endian TIFF: IFD0 with a GPS IFD pointer; the GPS IFD with GPSLatitudeRef "N" and GPSLatitude. */
    private static byte[] tiffWithGps() {
        ByteBuffer b = ByteBuffer.allocate(80).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        b.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        b.putShort((short) 2);
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).put((byte) 0).put((byte) 0);
        b.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(56);
        b.putInt(0);
        b.putInt(50).putInt(1).putInt(3).putInt(1).putInt(GPS_SECONDS_NUMERATOR).putInt(100);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        int length = data.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(data, 0, data.length);
    }

    static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array(), 0, 4);
        out.write(typeBytes, 0, 4);
        out.write(data, 0, data.length);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array(), 0, 4);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
