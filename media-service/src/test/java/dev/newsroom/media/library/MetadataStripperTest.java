package dev.newsroom.media.library;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import dev.newsroom.media.SampleMedia;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetadataStripperTest {

	@Test
	void aJpegLosesItsExifAndKeepsItsPixelsByteForByte() throws IOException {
		byte[] withGps = SampleMedia.jpegWithGps();
		assertThat(text(withGps)).contains(SampleMedia.PLACE);

		byte[] stripped = strip(MediaFormat.JPEG, withGps);

		assertThat(text(stripped)).doesNotContain(SampleMedia.PLACE).doesNotContain("Exif");
		assertThat(stripped).as("the JPEG as it was before its EXIF segment was added").isEqualTo(SampleMedia.jpeg());
		assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(8);
	}

	@Test
	void aPngLosesItsTextChunks() throws IOException {
		byte[] stripped = strip(MediaFormat.PNG, SampleMedia.pngWithText());

		assertThat(text(stripped)).doesNotContain(SampleMedia.PLACE);
		assertThat(stripped).isEqualTo(SampleMedia.png());
	}

	@Test
	void aJpegsCommentGoesAndOtherFormatsAreCopiedAsTheyAre() throws IOException {
		assertThat(text(strip(MediaFormat.JPEG, SampleMedia.jpegHoldingHtml()))).doesNotContain("<HTML>");
		assertThat(strip(MediaFormat.GIF, SampleMedia.gif())).isEqualTo(SampleMedia.gif());
		assertThat(strip(MediaFormat.MP4, SampleMedia.mp4())).isEqualTo(SampleMedia.mp4());
	}

	@Test
	void aPngChunkDeclaringMoreThanTheFileHoldsIsNotAWholeImage() {
		byte[] png = SampleMedia.png();
		// IHDR ends at 33; a chunk of 2^31 - 1 bytes in its place after it
		byte[] broken = Arrays.copyOf(png, 33 + 8);
		broken[33] = 0x7F;
		broken[34] = (byte) 0xFF;
		broken[35] = (byte) 0xFF;
		broken[36] = (byte) 0xFF;

		assertThatThrownBy(() -> strip(MediaFormat.PNG, broken)).isInstanceOf(ImageInspector.UnreadableImage.class)
			.hasMessageStartingWith("is not a whole PNG image");
	}

	private static byte[] strip(MediaFormat format, byte[] bytes) throws IOException {
		var out = new ByteArrayOutputStream();
		MetadataStripper.copy(format, new ByteArrayInputStream(bytes), out);
		return out.toByteArray();
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

}
