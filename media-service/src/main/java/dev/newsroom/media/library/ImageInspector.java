package dev.newsroom.media.library;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an uploaded photo with the decoders that will make its renditions, before any of
 * it is stored. Its size in pixels comes from the header alone, so that a small file
 * declaring billions of pixels (a decompression bomb) is refused before one is decoded.
 * Then all of it is decoded, sampled down to a few million pixels, so that a truncated or
 * corrupt file, or something else behind a photo's first bytes, is refused rather than
 * served.
 */
final class ImageInspector {

	/**
	 * Decoded pixels at most while checking: a 12-megapixel photo is read one in four.
	 */
	private static final long CHECKED_PIXELS = 4_000_000;

	private static final Map<MediaFormat, String> DECODERS = Map.of(MediaFormat.JPEG, "jpeg", MediaFormat.PNG, "png",
			MediaFormat.GIF, "gif", MediaFormat.WEBP, "webp");

	/** Of a JPEG's metadata segments, at most: see {@link JpegMetadata}. */
	static final long MAX_JPEG_METADATA = 1024 * 1024;

	private final long maxPixels;

	ImageInspector(long maxPixels) {
		this.maxPixels = maxPixels;
	}

	/**
	 * @throws UnreadableImage if a JPEG carries more metadata than a photo does, or its
	 * segments cannot be told apart
	 */
	static void checkMetadata(MediaFormat format, InputStream bytes) throws IOException {
		if (format != MediaFormat.JPEG) {
			return;
		}
		long metadata;
		try {
			metadata = JpegMetadata.size(bytes);
		}
		catch (IOException unreadable) {
			throw new UnreadableImage("is not a whole JPEG image");
		}
		if (metadata > MAX_JPEG_METADATA) {
			throw new UnreadableImage(
					"holds %,d bytes of metadata; a photo may hold at most %,d".formatted(metadata, MAX_JPEG_METADATA));
		}
	}

	/**
	 * @throws UnreadableImage if the bytes are not one whole image of the format, or
	 * declare more pixels than allowed
	 */
	PixelSize inspect(MediaFormat format, InputStream bytes) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(bytes)) {
			ImageReader reader = reader(format);
			try {
				reader.setInput(in, true, true);
				PixelSize size = new PixelSize(reader.getWidth(0), reader.getHeight(0));
				if (size.pixels() > maxPixels) {
					throw new UnreadableImage("declares %,d × %,d pixels; at most %,d pixels are accepted"
						.formatted(size.width(), size.height(), maxPixels));
				}
				decode(reader, size);
				return size;
			}
			catch (IOException | RuntimeException unreadable) {
				if (unreadable instanceof UnreadableImage refused) {
					throw refused;
				}
				throw new UnreadableImage("is not a whole " + format + " image");
			}
			finally {
				reader.dispose();
			}
		}
	}

	/**
	 * Decodes every byte of the first image; a decoder that meets the end of the data
	 * early or data it cannot use says so in a warning and goes on, so a warning refuses
	 * the file too.
	 */
	private static void decode(ImageReader reader, PixelSize size) throws IOException {
		List<String> warnings = new ArrayList<>();
		reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
		ImageReadParam sampled = reader.getDefaultReadParam();
		int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) size.pixels() / CHECKED_PIXELS)));
		sampled.setSourceSubsampling(step, step, 0, 0);
		reader.read(0, sampled);
		if (!warnings.isEmpty()) {
			throw new UnreadableImage("is not a whole image: " + warnings.get(0));
		}
	}

	private static ImageReader reader(MediaFormat format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(DECODERS.get(format));
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + format + " on the class path");
		}
		return readers.next();
	}

	/** A photo's width and height in pixels. */
	record PixelSize(int width, int height) {

		long pixels() {
			return (long) width * height;
		}

	}

	/** The file is not an image this library takes; the message says why. */
	static final class UnreadableImage extends RuntimeException {

		UnreadableImage(String reason) {
			super(reason);
		}

	}

}
