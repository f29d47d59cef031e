package dev.newsroom.media.library;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import dev.newsroom.media.SampleMedia;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageInspectorTest {

	private final ImageInspector inspector = new ImageInspector(100_000_000);

	@Test
	void eachPhotoFormatIsReadWithItsSizeInPixels() throws IOException {
		assertThat(inspect(MediaFormat.JPEG, SampleMedia.jpeg())).isEqualTo(new ImageInspector.PixelSize(8, 6));
		assertThat(inspect(MediaFormat.PNG, SampleMedia.png())).isEqualTo(new ImageInspector.PixelSize(8, 6));
		assertThat(inspect(MediaFormat.GIF, SampleMedia.gif())).isEqualTo(new ImageInspector.PixelSize(8, 6));
		assertThat(inspect(MediaFormat.WEBP, SampleMedia.webp())).isEqualTo(new ImageInspector.PixelSize(40, 30));
	}

	@Test
	void aLargePhotoIsCheckedWhole() throws IOException {
		var out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB), "jpeg", out);

		assertThat(inspect(MediaFormat.JPEG, out.toByteArray())).isEqualTo(new ImageInspector.PixelSize(4000, 3000));
	}

	@Test
	void aDecompressionBombIsRefusedFromItsHeader() {
		byte[] bomb = SampleMedia.pngDeclaring(50_000, 50_000);

		assertThat(bomb).hasSizeLessThan(100);
		assertThatThrownBy(() -> inspect(MediaFormat.PNG, bomb)).isInstanceOf(ImageInspector.UnreadableImage.class)
			.hasMessage("declares 50,000 × 50,000 pixels; at most 100,000,000 pixels are accepted");
	}

	@Test
	void aTruncatedJpegIsNotAWholeImage() {
		assertThatThrownBy(() -> inspect(MediaFormat.JPEG, SampleMedia.truncatedJpeg()))
			.isInstanceOf(ImageInspector.UnreadableImage.class)
			.hasMessageStartingWith("is not a whole");
	}

	@Test
	void aPngSignatureBeforeAWebPageIsNotAnImage() {
		assertThatThrownBy(() -> inspect(MediaFormat.PNG, SampleMedia.pngSignatureThenHtml()))
			.isInstanceOf(ImageInspector.UnreadableImage.class)
			.hasMessage("is not a whole PNG image");
	}

	@Test
	void bytesOfAnotherFormatAreNotAnImageOfThisOne() {
		assertThatThrownBy(() -> inspect(MediaFormat.WEBP, SampleMedia.png()))
			.isInstanceOf(ImageInspector.UnreadableImage.class);
	}

	@Test
	void aJpegMayCarryTheMetadataOfACameraButNotMegabytesOfIt() throws IOException {
		ImageInspector.checkMetadata(MediaFormat.JPEG, new ByteArrayInputStream(SampleMedia.jpegWithExifSegments(2)));

		assertThatThrownBy(() -> ImageInspector.checkMetadata(MediaFormat.JPEG,
				new ByteArrayInputStream(SampleMedia.jpegWithExifSegments(20))))
			.isInstanceOf(ImageInspector.UnreadableImage.class)
			// twenty full segments, and the JFIF segment ImageIO writes
			.hasMessage("holds %,d bytes of metadata; a photo may hold at most 1,048,576".formatted(20 * 65_533 + 14));
		assertThat(inspect(MediaFormat.JPEG, SampleMedia.jpegWithExifSegments(20))).as("a decoder alone would take it")
			.isEqualTo(new ImageInspector.PixelSize(8, 6));
	}

	@Test
	void aJpegWhoseSegmentsRunPastItsEndIsNotAWholeImage() {
		byte[] cut = java.util.Arrays.copyOf(SampleMedia.jpegWithExifSegments(1), 1000);

		assertThatThrownBy(() -> ImageInspector.checkMetadata(MediaFormat.JPEG, new ByteArrayInputStream(cut)))
			.isInstanceOf(ImageInspector.UnreadableImage.class)
			.hasMessage("is not a whole JPEG image");
	}

	private ImageInspector.PixelSize inspect(MediaFormat format, byte[] bytes) throws IOException {
		return inspector.inspect(format, new ByteArrayInputStream(bytes));
	}

}
