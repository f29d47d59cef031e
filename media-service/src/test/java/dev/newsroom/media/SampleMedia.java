package dev.newsroom.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/**
 * Small but real files of each accepted format: photos drawn and encoded by ImageIO, and
 * the opening bytes of videos as their muxers write them.
 */
public final class SampleMedia {

	private SampleMedia() {
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpeg");
	}

	public static byte[] gif() {
		return image("gif");
	}

	/**
	 * A RIFF container of a lossy WebP, as cwebp writes it (the VP8 data is cut short).
	 */
	public static byte[] webp() {
		return concat(ascii("RIFF"), bytes(0x24, 0, 0, 0), ascii("WEBPVP8 "),
				bytes(0x18, 0, 0, 0, 0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A, 0x04, 0x00, 0x03, 0x00));
	}

	/**
	 * An {@code ftyp} box as ffmpeg writes it for MP4, then the start of the next box.
	 */
	public static byte[] mp4() {
		return concat(bytes(0, 0, 0, 0x20), ascii("ftypisom"), bytes(0, 0, 2, 0), ascii("isomiso2avc1mp41"),
				bytes(0, 0, 0, 8), ascii("free"));
	}

	/**
	 * An {@code ftyp} box of a HEIC photo from a phone: ISO boxes too, but not MP4 video.
	 */
	public static byte[] heic() {
		return concat(bytes(0, 0, 0, 0x18), ascii("ftypheic"), bytes(0, 0, 0, 0), ascii("mif1heic"));
	}

	/** An EBML header of the given DocType, as mkvmerge and ffmpeg write it. */
	public static byte[] ebml(String docType) {
		byte[] type = ascii(docType);
		byte[] elements = concat(bytes(0x42, 0x86, 0x81, 0x01, 0x42, 0xF7, 0x81, 0x01, 0x42, 0xF2, 0x81, 0x04, 0x42,
				0xF3, 0x81, 0x08, 0x42, 0x82, 0x80 | type.length), type,
				bytes(0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02));
		return concat(bytes(0x1A, 0x45, 0xDF, 0xA3, 0x80 | elements.length), elements, bytes(0x18, 0x53, 0x80, 0x67));
	}

	public static byte[] webm() {
		return ebml("webm");
	}

	public static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] image(String format) {
		var image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(0xDA251D));
		graphics.fillRect(0, 0, 8, 6);
		graphics.setColor(new Color(0xFFCD00));
		graphics.fillRect(3, 2, 2, 2);
		graphics.dispose();
		var out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No ImageIO writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	private static byte[] concat(byte[]... parts) {
		var out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
