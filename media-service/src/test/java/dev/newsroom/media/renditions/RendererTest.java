package dev.newsroom.media.renditions;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import dev.newsroom.contracts.media.MediaDescribed.FocalPoint;
import dev.newsroom.media.SampleMedia;
import dev.newsroom.media.library.Rendition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RendererTest {

	@Test
	void eachWidthIsMadeAtItsWidthWithTheProportionsOfThePhoto() throws Exception {
		Map<Rendition, Renderer.Rendered> made = render(SampleMedia.halves("jpeg", 2000, 1500),
				EnumSet.allOf(Rendition.class), FocalPoint.MIDDLE);

		assertThat(made).containsOnlyKeys(Rendition.values());
		for (Rendition width : List.of(Rendition.W320, Rendition.W640, Rendition.W1024, Rendition.W1600)) {
			BufferedImage image = decode(made.get(width));
			assertThat(made.get(width).contentType()).isEqualTo("image/jpeg");
			assertThat(image.getWidth()).as(width.key()).isEqualTo(width.width());
			assertThat(image.getHeight()).as(width.key()).isEqualTo(width.width() * 3 / 4);
			assertThat(made.get(width).width()).isEqualTo(image.getWidth());
			assertThat(made.get(width).height()).isEqualTo(image.getHeight());
		}
		BufferedImage crop = decode(made.get(Rendition.CROP16X9));
		assertThat(crop.getWidth()).isEqualTo(1600);
		assertThat(crop.getHeight()).isEqualTo(900);
	}

	@Test
	void theCropKeepsTheFocalPointInView() throws Exception {
		byte[] photo = SampleMedia.halves("jpeg", 2000, 500);

		BufferedImage right = decode(
				render(photo, EnumSet.of(Rendition.CROP16X9), new FocalPoint(0.95, 0.5)).get(Rendition.CROP16X9));
		BufferedImage left = decode(
				render(photo, EnumSet.of(Rendition.CROP16X9), new FocalPoint(0.1, 0.5)).get(Rendition.CROP16X9));

		assertThat(right.getWidth()).as("as wide as 500 pixels of height allow, 16:9").isEqualTo(889);
		assertThat(right.getHeight()).isEqualTo(500);
		assertThat(SampleMedia.ofTheRightHalf(right.getRGB(10, 250))).as("all of it in the right half").isTrue();
		assertThat(SampleMedia.ofTheRightHalf(left.getRGB(left.getWidth() - 10, 250))).as("all of it in the left half")
			.isFalse();
	}

	@Test
	void theCropRegionIsTheLargest16By9CentredOnTheFocalPointWithinTheEdges() {
		assertThat(Renderer.crop16x9(4000, 3000, FocalPoint.MIDDLE)).isEqualTo(new Rectangle(0, 375, 4000, 2250));
		assertThat(Renderer.crop16x9(4000, 3000, new FocalPoint(0.5, 0.0))).isEqualTo(new Rectangle(0, 0, 4000, 2250));
		assertThat(Renderer.crop16x9(4000, 3000, new FocalPoint(0.5, 1.0)))
			.isEqualTo(new Rectangle(0, 750, 4000, 2250));
		assertThat(Renderer.crop16x9(2000, 500, new FocalPoint(0.5, 0.5))).isEqualTo(new Rectangle(556, 0, 889, 500));
		assertThat(Renderer.crop16x9(2000, 500, new FocalPoint(0.0, 0.5))).isEqualTo(new Rectangle(0, 0, 889, 500));
		assertThat(Renderer.crop16x9(2000, 500, new FocalPoint(1.0, 0.5))).isEqualTo(new Rectangle(1111, 0, 889, 500));
		assertThat(Renderer.crop16x9(1, 1, FocalPoint.MIDDLE)).isEqualTo(new Rectangle(0, 0, 1, 1));
	}

	@Test
	void aPhotoNarrowerThanTheWidthsIsNeverMadeLarger() throws Exception {
		Map<Rendition, Renderer.Rendered> made = render(SampleMedia.halves("png", 500, 400),
				EnumSet.of(Rendition.W320, Rendition.CROP16X9), FocalPoint.MIDDLE);

		assertThat(decode(made.get(Rendition.W320)).getWidth()).isEqualTo(320);
		BufferedImage crop = decode(made.get(Rendition.CROP16X9));
		assertThat(crop.getWidth()).as("the photo's own pixels, not 1600").isEqualTo(500);
		assertThat(crop.getHeight()).isEqualTo(281);
	}

	@Test
	void aPhotoWithTransparentPixelsGivesPngsThatKeepThemAndAnOpaqueOneJpegs() throws Exception {
		Renderer.Rendered transparent = render(SampleMedia.halvesTransparent(800, 600), EnumSet.of(Rendition.W320),
				FocalPoint.MIDDLE)
			.get(Rendition.W320);
		Renderer.Rendered opaquePng = render(SampleMedia.halves("png", 800, 600), EnumSet.of(Rendition.W320),
				FocalPoint.MIDDLE)
			.get(Rendition.W320);

		assertThat(transparent.contentType()).isEqualTo("image/png");
		assertThat(decode(transparent).getRGB(10, 10) >>> 24).as("alpha of the left half").isZero();
		assertThat(opaquePng.contentType()).isEqualTo("image/jpeg");
	}

	@Test
	void nothingACameraWroteAboutThePhotoIsInItsRenditions() throws Exception {
		Renderer.Rendered made = render(SampleMedia.jpegWithGps(), EnumSet.of(Rendition.CROP16X9), FocalPoint.MIDDLE)
			.get(Rendition.CROP16X9);

		assertThat(new String(made.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif",
				SampleMedia.PLACE);
		assertThat(made.bytes()[2] & 0xFF).isEqualTo(0xFF);
		assertThat(made.bytes()[3] & 0xFF).as("APP0 (JFIF) first, not APP1 (EXIF)").isEqualTo(0xE0);
	}

	@Test
	void bytesThatAreNoPhotoCannotBeRendered() {
		assertThatExceptionOfType(Renderer.UnrenderableImage.class)
			.isThrownBy(() -> render(SampleMedia.text("<html>"), EnumSet.of(Rendition.W320), FocalPoint.MIDDLE));
		assertThatExceptionOfType(Renderer.UnrenderableImage.class)
			.isThrownBy(() -> render(SampleMedia.truncatedJpeg(), EnumSet.of(Rendition.W320), FocalPoint.MIDDLE));
	}

	private static Map<Rendition, Renderer.Rendered> render(byte[] photo, EnumSet<Rendition> wanted,
			FocalPoint focalPoint) throws Renderer.UnrenderableImage, IOException {
		return Renderer.render(new ByteArrayInputStream(photo), wanted, focalPoint)
			.stream()
			.collect(Collectors.toMap(Renderer.Rendered::rendition, Function.identity()));
	}

	private static BufferedImage decode(Renderer.Rendered rendered) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(rendered.bytes()));
	}

}
