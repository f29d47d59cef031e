package dev.newsroom.media.library;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import dev.newsroom.media.SampleMedia;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

	private static byte[] strip(MediaFormat format, byte[] bytes) throws IOException {
		var out = new ByteArrayOutputStream();
		MetadataStripper.copy(format, new ByteArrayInputStream(bytes), out);
		return out.toByteArray();
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

}
