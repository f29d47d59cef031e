package dev.newsroom.media.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import dev.newsroom.media.SampleMedia;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupScannerTest {

	@Test
	void aWebPageInAJpegCommentIsFoundInAnyCase() throws IOException {
		assertThat(scan(SampleMedia.jpegHoldingHtml())).isTrue();
	}

	@Test
	void plainPhotosHoldNone() throws IOException {
		assertThat(scan(SampleMedia.jpeg())).isFalse();
		assertThat(scan(SampleMedia.png())).isFalse();
		assertThat(scan(SampleMedia.webp())).isFalse();
	}

	@Test
	void aTagAcrossTwoReadsIsFound() throws IOException {
		for (int before : new int[] { 64 * 1024 - 3, 64 * 1024 - 7, 64 * 1024 + 2, 3 * 64 * 1024 }) {
			byte[] bytes = new byte[before + 100];
			System.arraycopy(ascii("<script>"), 0, bytes, before, 8);

			assertThat(scan(bytes)).as("a tag at %d", before).isTrue();
		}
	}

	@Test
	void onlyAWholeTagNameCounts() throws IOException {
		assertThat(scan(ascii("x<htmlfoo y"))).isFalse();
		assertThat(scan(ascii("x<htm> y"))).isFalse();
		assertThat(scan(ascii("x<a href=y>"))).as("too short to tell from compressed data").isFalse();
		assertThat(scan(ascii("x<Body\ty"))).isTrue();
		assertThat(scan(ascii("<?xml version"))).isTrue();
		assertThat(scan(ascii("<!DOCTYPE html>"))).isTrue();
	}

	@Test
	void randomBytesHoldNone() throws IOException {
		byte[] noise = new byte[8 * 1024 * 1024];
		new Random(42).nextBytes(noise);

		assertThat(scan(noise)).isFalse();
	}

	private static boolean scan(byte[] bytes) throws IOException {
		return MarkupScanner.holdsMarkup(new ByteArrayInputStream(bytes));
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

}
