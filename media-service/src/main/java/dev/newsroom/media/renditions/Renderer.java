package dev.newsroom.media.renditions;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import dev.newsroom.contracts.media.MediaDescribed.FocalPoint;
import dev.newsroom.media.library.Rendition;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Makes the renditions of a photo: decoded once, each width scaled from the next larger
 * one (Thumbnailator's progressive bilinear scaling), the crop from the photo itself. A
 * photo with transparent pixels gives PNGs, any other JPEGs; neither carries metadata, as
 * ImageIO writes none it is not given.
 */
final class Renderer {

	/**
	 * What is decoded of a photo at most: a larger one is read with every n-th pixel,
	 * which still leaves twice the pixels of the largest rendition, and keeps a
	 * 100-megapixel photo's decoding within 64 MB of heap.
	 */
	static final long MAX_DECODED_PIXELS = 16_000_000;

	static final float JPEG_QUALITY = 0.82f;

	private Renderer() {
	}

	/** A rendition's encoded bytes and its size in pixels. */
	record Rendered(Rendition rendition, String contentType, int width, int height, byte[] bytes) {
	}

	/** The photo could not be decoded. */
	static final class UnrenderableImage extends Exception {

		UnrenderableImage(String message, Throwable cause) {
			super(message, cause);
		}

	}

	static List<Rendered> render(InputStream original, Set<Rendition> wanted, FocalPoint focalPoint)
			throws UnrenderableImage, IOException {
		BufferedImage photo = decode(original);
		boolean transparent = hasTransparentPixels(photo);
		List<Rendered> rendered = new ArrayList<>();
		BufferedImage larger = photo;
		for (Rendition rendition : wanted.stream()
			.filter(rendition -> !rendition.isCrop())
			.sorted(Comparator.comparingInt(Rendition::width).reversed())
			.toList()) {
			BufferedImage scaled = Thumbnails.of(larger)
				.width(Math.min(rendition.width(), larger.getWidth()))
				.asBufferedImage();
			rendered.add(encode(rendition, scaled, transparent));
			larger = scaled;
		}
		if (wanted.contains(Rendition.CROP16X9)) {
			Rectangle region = crop16x9(photo.getWidth(), photo.getHeight(), focalPoint);
			int width = Math.min(region.width, Rendition.CROP16X9.width());
			BufferedImage crop = Thumbnails.of(photo)
				.sourceRegion(region)
				.forceSize(width, Math.max(1, Math.round(width * 9f / 16)))
				.asBufferedImage();
			rendered.add(encode(Rendition.CROP16X9, crop, transparent));
		}
		return rendered;
	}

	/**
	 * The largest 16:9 region of a photo of that size, centred on the focal point as
	 * nearly as the photo's edges allow.
	 */
	static Rectangle crop16x9(int width, int height, FocalPoint focalPoint) {
		int cropWidth = width;
		int cropHeight = Math.max(1, Math.round(width * 9f / 16));
		if (cropHeight > height) {
			cropHeight = height;
			cropWidth = Math.max(1, Math.min(width, Math.round(height * 16f / 9)));
		}
		int x = clamp((int) Math.round(focalPoint.x() * width - cropWidth / 2.0), width - cropWidth);
		int y = clamp((int) Math.round(focalPoint.y() * height - cropHeight / 2.0), height - cropHeight);
		return new Rectangle(x, y, cropWidth, cropHeight);
	}

	private static int clamp(int value, int max) {
		return Math.max(0, Math.min(value, max));
	}

	private static BufferedImage decode(InputStream original) throws UnrenderableImage, IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(original)) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				throw new UnrenderableImage("no decoder knows this photo's format", null);
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				ImageReadParam param = reader.getDefaultReadParam();
				int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_DECODED_PIXELS));
				if (step > 1) {
					param.setSourceSubsampling(step, step, 0, 0);
				}
				return reader.read(0, param);
			}
			catch (IIOException | RuntimeException broken) {
				throw new UnrenderableImage("the photo cannot be decoded: " + broken.getMessage(), broken);
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static boolean hasTransparentPixels(BufferedImage image) {
		if (!image.getColorModel().hasAlpha()) {
			return false;
		}
		int[] row = new int[image.getWidth()];
		for (int y = 0; y < image.getHeight(); y++) {
			image.getRGB(0, y, row.length, 1, row, 0, row.length);
			for (int argb : row) {
				if (argb >>> 24 != 0xFF) {
					return true;
				}
			}
		}
		return false;
	}

	private static Rendered encode(Rendition rendition, BufferedImage image, boolean transparent) throws IOException {
		var bytes = new ByteArrayOutputStream();
		if (transparent) {
			ImageIO.write(image, "png", bytes);
			return new Rendered(rendition, "image/png", image.getWidth(), image.getHeight(), bytes.toByteArray());
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new IIOImage(opaque(image), null, null), param);
		}
		finally {
			writer.dispose();
		}
		return new Rendered(rendition, "image/jpeg", image.getWidth(), image.getHeight(), bytes.toByteArray());
	}

	/**
	 * In RGB without alpha: JPEG has none, and ImageIO writes an image that has one as
	 * colours no browser shows right.
	 */
	private static BufferedImage opaque(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR
				|| image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
			return image;
		}
		var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = rgb.createGraphics();
		try {
			graphics.drawImage(image, 0, 0, Color.WHITE, null);
		}
		finally {
			graphics.dispose();
		}
		return rgb;
	}

}
