package dev.newsroom.media.library;

import java.util.Arrays;

import dev.newsroom.media.SampleMedia;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSnifferTest {

	@Test
	void recognisesPhotos() {
		assertThat(ContentSniffer.sniff(SampleMedia.jpeg())).contains(MediaFormat.JPEG);
		assertThat(ContentSniffer.sniff(SampleMedia.png())).contains(MediaFormat.PNG);
		assertThat(ContentSniffer.sniff(SampleMedia.gif())).contains(MediaFormat.GIF);
		assertThat(ContentSniffer.sniff(SampleMedia.webp())).contains(MediaFormat.WEBP);
	}

	@Test
	void recognisesVideos() {
		assertThat(ContentSniffer.sniff(SampleMedia.mp4())).contains(MediaFormat.MP4);
		assertThat(ContentSniffer.sniff(SampleMedia.webm())).contains(MediaFormat.WEBM);
	}

	@Test
	void givesEachFormatItsContentTypeAndKind() {
		assertThat(Arrays.stream(MediaFormat.values()).map(MediaFormat::contentType)).containsExactly("image/jpeg",
				"image/png", "image/gif", "image/webp", "video/mp4", "video/webm", "text/html");
		assertThat(Arrays.stream(MediaFormat.values()).map(MediaFormat::type)).containsExactly("image", "image",
				"image", "image", "video", "video", "embed");
	}

	@Test
	void rejectsTextWhateverItClaimsToBe() {
		assertThat(ContentSniffer.sniff(SampleMedia.text("Lễ hội Hoa Ban ở Điện Biên"))).isEmpty();
		assertThat(ContentSniffer.sniff(SampleMedia.text("<html><script>alert(1)</script></html>"))).isEmpty();
		assertThat(ContentSniffer.sniff(SampleMedia.text("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))).isEmpty();
		assertThat(ContentSniffer.sniff(SampleMedia.text("%PDF-1.7"))).isEmpty();
	}

	@Test
	void rejectsLookAlikesOfAcceptedFormats() {
		assertThat(ContentSniffer.sniff(SampleMedia.heic())).as("HEIC photo in ISO boxes").isEmpty();
		assertThat(ContentSniffer.sniff(SampleMedia.ebml("matroska"))).as("Matroska, not WebM").isEmpty();
		assertThat(ContentSniffer.sniff(SampleMedia.text("RIFF\u0024\0\0\0WAVEfmt "))).as("WAV audio").isEmpty();
	}

	@Test
	void rejectsTooLittleToTell() {
		assertThat(ContentSniffer.sniff(new byte[0])).isEmpty();
		assertThat(ContentSniffer.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEmpty();
		assertThat(ContentSniffer.sniff(Arrays.copyOf(SampleMedia.mp4(), 10))).isEmpty();
		assertThat(ContentSniffer.sniff(Arrays.copyOf(SampleMedia.webm(), 12))).isEmpty();
	}

}
