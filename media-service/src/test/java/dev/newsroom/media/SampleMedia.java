package dev.newsroom.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

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
	 * A photo of that size whose left half is red and right half blue, so that what a
	 * crop kept can be seen.
	 */
	public static byte[] halves(String format, int width, int height) {
		return write(halves(width, height, BufferedImage.TYPE_INT_RGB, new Color(0xDA251D)), format);
	}

	/** A PNG like {@link #halves}, but with a left half that is transparent. */
	public static byte[] halvesTransparent(int width, int height) {
		return write(halves(width, height, BufferedImage.TYPE_INT_ARGB, new Color(0, 0, 0, 0)), "png");
	}

	public static final Color RIGHT = new Color(0x1D4ED8);

	/**
	 * Whether a pixel is of the right half of {@link #halves}, give or take JPEG's loss.
	 */
	public static boolean ofTheRightHalf(int rgb) {
		Color color = new Color(rgb);
		return Math.abs(color.getRed() - RIGHT.getRed()) < 16 && Math.abs(color.getGreen() - RIGHT.getGreen()) < 16
				&& Math.abs(color.getBlue() - RIGHT.getBlue()) < 16;
	}

	private static BufferedImage halves(int width, int height, int type, Color left) {
		var image = new BufferedImage(width, height, type);
		var graphics = image.createGraphics();
		graphics.setComposite(java.awt.AlphaComposite.Src);
		graphics.setColor(left);
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setColor(RIGHT);
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		graphics.dispose();
		return image;
	}

	/** A lossy WebP photo of 40 × 30 pixels, as cwebp writes it. */
	public static byte[] webp() {
		try (var in = SampleMedia.class.getResourceAsStream("/samples/photo.webp")) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A decompression bomb: a PNG of a few hundred bytes whose header declares
	 * {@code width} × {@code height} pixels.
	 */
	public static byte[] pngDeclaring(int width, int height) {
		byte[] header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 8, 2, 0, 0, 0 }).array();
		byte[] firstRow = new byte[] { 0x78, (byte) 0x9C, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01 };
		return concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), chunk("IHDR", header),
				chunk("IDAT", firstRow), chunk("IEND", new byte[0]));
	}

	/** The first half of a real JPEG. */
	public static byte[] truncatedJpeg() {
		byte[] jpeg = jpeg();
		return Arrays.copyOf(jpeg, jpeg.length / 2);
	}

	/** A PNG's signature, then a web page. */
	public static byte[] pngSignatureThenHtml() {
		return concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
				text("<html><body><script>alert(document.cookie)</script></body></html>"));
	}

	/**
	 * A polyglot: a JPEG that decodes as the photo it is, and holds a web page in a
	 * comment segment.
	 */
	public static byte[] jpegHoldingHtml() {
		byte[] jpeg = jpeg();
		byte[] page = text("<HTML><Script>alert(document.cookie)</Script></HTML>");
		byte[] comment = concat(bytes(0xFF, 0xFE, (page.length + 2) >> 8, (page.length + 2) & 0xFF), page);
		return concat(Arrays.copyOf(jpeg, 2), comment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
	}

	/** A real JPEG carrying {@code segments} EXIF segments of 64 KB each. */
	public static byte[] jpegWithExifSegments(int segments) {
		byte[] jpeg = jpeg();
		byte[] segment = new byte[0xFFFF + 2];
		segment[0] = (byte) 0xFF;
		segment[1] = (byte) 0xE1;
		segment[2] = (byte) 0xFF;
		segment[3] = (byte) 0xFF;
		System.arraycopy(ascii("Exif\0\0"), 0, segment, 4, 6);
		var out = new ByteArrayOutputStream();
		out.writeBytes(Arrays.copyOf(jpeg, 2));
		for (int i = 0; i < segments; i++) {
			out.writeBytes(segment);
		}
		out.writeBytes(Arrays.copyOfRange(jpeg, 2, jpeg.length));
		return out.toByteArray();
	}

	/** Where {@link #jpegWithGps()} and {@link #pngWithText()} say they were taken. */
	public static final String PLACE = "GPS 21.0285N 105.8542E";

	/**
	 * A real JPEG whose EXIF segment says where it was taken (in its description, a
	 * well-formed TIFF directory of one entry).
	 */
	public static byte[] jpegWithGps() {
		byte[] place = concat(ascii(PLACE), bytes(0));
		byte[] tiff = concat(ascii("MM"), bytes(0, 0x2A, 0, 0, 0, 8), bytes(0, 1),
				bytes(0x01, 0x0E, 0, 2, 0, 0, 0, place.length, 0, 0, 0, 26), bytes(0, 0, 0, 0), place);
		byte[] exif = concat(ascii("Exif"), bytes(0, 0), tiff);
		byte[] segment = concat(bytes(0xFF, 0xE1, (exif.length + 2) >> 8, (exif.length + 2) & 0xFF), exif);
		byte[] jpeg = jpeg();
		// after the JFIF segment, where cameras put theirs
		int afterJfif = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
		return concat(Arrays.copyOf(jpeg, afterJfif), segment, Arrays.copyOfRange(jpeg, afterJfif, jpeg.length));
	}

	/** A real PNG with a text chunk saying where it was taken. */
	public static byte[] pngWithText() {
		byte[] png = png();
		// after the signature and the IHDR chunk
		int afterHeader = 8 + 12 + 13;
		return concat(Arrays.copyOf(png, afterHeader), chunk("tEXt", concat(ascii("Comment"), bytes(0), ascii(PLACE))),
				Arrays.copyOfRange(png, afterHeader, png.length));
	}

	/** An SVG drawing that runs a script when opened. */
	public static byte[] svgWithScript() {
		return text("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>");
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] typed = concat(ascii(type), data);
		var crc = new CRC32();
		crc.update(typed);
		return concat(ByteBuffer.allocate(4).putInt(data.length).array(), typed,
				ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	/**
	 * An {@code ftyp} box as ffmpeg writes it for MP4, then the start of the next box.
	 */
	public static byte[] mp4() {
		return concat(bytes(0, 0, 0, 0x20), ascii("ftypisom"), bytes(0, 0, 2, 0), ascii("isomiso2avc1mp41"),
				bytes(0, 0, 0, 8), ascii("free"));
	}

	/**
	 * An MP4 as a phone writes it, shortened: the place it was taken in the movie's user
	 * data, a track's metadata, a top-level metadata box and an XMP box; the film in
	 * {@code mdat} between them.
	 */
	public static byte[] mp4WithLocation() {
		byte[] place = ascii(PLACE);
		byte[] movie = box("moov", box("mvhd", new byte[100]), box("udta", box("\u00A9xyz", place)),
				box("trak", box("tkhd", new byte[84]), box("meta", place)));
		byte[] xmp = box("uuid", concat(java.util.HexFormat.of().parseHex("be7acfcb97a942e89c71999491e3afac"), place));
		return concat(mp4(), movie, box("mdat", FILM), box("meta", place), xmp);
	}

	/** An MP4 whose movie header says it lasts {@code seconds}, in milliseconds. */
	public static byte[] mp4Lasting(double seconds) {
		byte[] mvhd = ByteBuffer.allocate(100).put(new byte[12]).putInt(1000).putInt((int) (seconds * 1000)).array();
		return concat(mp4(), box("moov", box("mvhd", mvhd)), box("mdat", FILM));
	}

	/**
	 * A WebM whose segment, of unknown size as a live recorder writes it, says it lasts
	 * {@code seconds}: a seek head, then the information with a timecode scale of 1 ms.
	 */
	public static byte[] webmLasting(double seconds) {
		byte[] seekHead = bytes(0x11, 0x4D, 0x9B, 0x74, 0x84, 0xEC, 0x82, 0x00, 0x00);
		byte[] scale = bytes(0x2A, 0xD7, 0xB1, 0x83, 0x0F, 0x42, 0x40);
		byte[] duration = concat(bytes(0x44, 0x89, 0x88), ByteBuffer.allocate(8).putDouble(seconds * 1000).array());
		byte[] info = concat(bytes(0x15, 0x49, 0xA9, 0x66, 0x80 | scale.length + duration.length), scale, duration);
		return concat(ebml("webm"), bytes(0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF), seekHead, info,
				bytes(0x1F, 0x43, 0xB6, 0x75, 0x81, 0x00));
	}

	/** What the {@code mdat} of {@link #mp4WithLocation()} holds. */
	public static final byte[] FILM = ascii("0123456789abcdef".repeat(64));

	/**
	 * A WebP in the extended format, as a camera app writes it: the photo of
	 * {@link #webp()} with an EXIF chunk that says where it was taken, and XMP.
	 */
	public static byte[] webpWithExifAndXmp() {
		byte[] simple = webp();
		byte[] vp8 = Arrays.copyOfRange(simple, 12, simple.length);
		byte[] vp8x = concat(ascii("VP8X"), littleEndian(10), bytes(0x08 | 0x04, 0, 0, 0, 39, 0, 0, 29, 0, 0));
		byte[] exif = concat(ascii("EXIF"), littleEndian(PLACE.length()), ascii(PLACE),
				PLACE.length() % 2 == 1 ? new byte[1] : new byte[0]);
		byte[] xmp = concat(ascii("XMP "), littleEndian(4), ascii("<x/>"));
		byte[] chunks = concat(vp8x, vp8, exif, xmp);
		return concat(ascii("RIFF"), littleEndian(chunks.length + 4), ascii("WEBP"), chunks);
	}

	private static byte[] littleEndian(int value) {
		return ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(value).array();
	}

	public static byte[] box(String type, byte[]... content) {
		byte[] body = concat(content);
		return concat(ByteBuffer.allocate(4).putInt(body.length + 8).array(),
				type.getBytes(StandardCharsets.ISO_8859_1), body);
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
		return write(image, format);
	}

	private static byte[] write(BufferedImage image, String format) {
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

	public static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] bytes(int... values) {
		byte[] bytes = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			bytes[i] = (byte) values[i];
		}
		return bytes;
	}

	public static byte[] concat(byte[]... parts) {
		var out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
