package dev.newsroom.media.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import dev.newsroom.media.SampleMedia;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VideoInspectorTest {

	@Test
	void anMp4LastsWhatItsMovieHeaderSays() throws IOException {
		assertThat(duration(MediaFormat.MP4, SampleMedia.mp4Lasting(95.5))).contains(95.5);
	}

	@Test
	void aWebmLastsWhatItsSegmentInformationSays() throws IOException {
		assertThat(duration(MediaFormat.WEBM, SampleMedia.webmLasting(95.5))).contains(95.5);
	}

	@Test
	void aVideoWhoseHeaderDoesNotSayHasNoDuration() throws IOException {
		assertThat(duration(MediaFormat.MP4, SampleMedia.mp4())).isEmpty();
		assertThat(duration(MediaFormat.MP4, SampleMedia.mp4WithLocation())).as("a time scale of 0").isEmpty();
		assertThat(duration(MediaFormat.WEBM, SampleMedia.webm())).as("cut short").isEmpty();
		assertThat(duration(MediaFormat.JPEG, SampleMedia.jpeg())).isEmpty();
	}

	private static Optional<Double> duration(MediaFormat format, byte[] bytes) throws IOException {
		return VideoInspector.duration(format, new ByteArrayInputStream(bytes));
	}

}
