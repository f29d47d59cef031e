package dev.newsroom.media.library;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

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
	void aWebpLosesItsExifAndXmpChunksAndStillDecodes() throws IOException {
		byte[] extended = SampleMedia.webpWithExifAndXmp();
		assertThat(ImageIO.read(new ByteArrayInputStream(extended)).getWidth()).isEqualTo(40);

		byte[] stripped = strip(MediaFormat.WEBP, extended);

		assertThat(text(stripped)).doesNotContain(SampleMedia.PLACE).doesNotContain("EXIF").doesNotContain("XMP ");
		assertThat(java.nio.ByteBuffer.wrap(stripped, 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt())
			.as("the RIFF size")
			.isEqualTo(stripped.length - 8);
		assertThat(stripped[20] & 0x0C).as("VP8X no longer announces EXIF and XMP").isZero();
		assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(40);
	}

	@Test
	void anMp4LosesWhereItWasTakenAndKeepsEveryOtherByteWhereItWas() throws IOException {
		byte[] video = SampleMedia.mp4WithLocation();
		assertThat(text(video)).contains(SampleMedia.PLACE);

		byte[] stripped = strip(MediaFormat.MP4, video);

		assertThat(stripped).hasSameSizeAs(video);
		assertThat(text(stripped)).doesNotContain(SampleMedia.PLACE).doesNotContain("udta").doesNotContain("meta");
		int film = text(video).indexOf(new String(SampleMedia.FILM, StandardCharsets.ISO_8859_1));
		assertThat(Arrays.copyOfRange(stripped, film, film + SampleMedia.FILM.length))
			.as("the film at its offset, as the index says")
			.isEqualTo(SampleMedia.FILM);
		assertThat(text(stripped)).contains("moov", "mvhd", "trak", "tkhd", "mdat", "free");
		long renamed = java.util.stream.IntStream.range(0, video.length)
			.filter(i -> stripped[i] != video[i] && stripped[i] != 0)
			.count();
		assertThat(renamed).as("beside the zeros, only the types of the four boxes, now free").isEqualTo(16);
	}

	@Test
	void anMp4HidingItsPlaceInBoxesOfOtherSizesLosesItAllTheSame() throws IOException {
		byte[] place = SampleMedia.ascii(SampleMedia.PLACE);
		byte[] topLevelUserData = SampleMedia.concat(SampleMedia.mp4(), SampleMedia.box("udta", place),
				SampleMedia.box("mdat", SampleMedia.FILM));
		byte[] movieToTheEnd = SampleMedia.concat(SampleMedia.mp4(), SampleMedia.box("mdat", SampleMedia.FILM),
				zeroSized("moov", SampleMedia.box("mvhd", new byte[100]), SampleMedia.box("udta", place)));
		byte[] largeSizedChildFirst = SampleMedia.concat(SampleMedia.mp4(),
				SampleMedia.box("moov", largeSized("mvhd", new byte[100]), SampleMedia.box("udta", place)));

		for (byte[] video : List.of(topLevelUserData, movieToTheEnd, largeSizedChildFirst)) {
			byte[] stripped = strip(MediaFormat.MP4, video);

			assertThat(text(stripped)).doesNotContain(SampleMedia.PLACE);
			assertThat(stripped).hasSameSizeAs(video);
		}
	}

	@Test
	void anMp4BoxOfAnImpossibleSizeIsRefusedNotCopiedUnread() {
		byte[] tooSmall = SampleMedia.concat(SampleMedia.mp4(), new byte[] { 0, 0, 0, 4 },
				SampleMedia.ascii("udta" + SampleMedia.PLACE));
		byte[] cutInItsHeader = SampleMedia.concat(SampleMedia.mp4(), new byte[] { 0, 0, 0, 1 },
				SampleMedia.ascii("moov"), new byte[] { 0, 0 });
		byte[] childPastItsParent = SampleMedia.concat(SampleMedia.mp4(),
				SampleMedia.box("moov", new byte[] { 0, 0, 0x10, 0 }, SampleMedia.ascii("udta" + SampleMedia.PLACE)));

		for (byte[] video : List.of(tooSmall, cutInItsHeader, childPastItsParent)) {
			assertThatThrownBy(() -> strip(MediaFormat.MP4, video)).isInstanceOf(ImageInspector.UnreadableImage.class)
				.hasMessageStartingWith("is not a whole MP4 video");
		}
	}

	@Test
	void aWebpKeepsOnlyTheChunksOfItsPicture() throws IOException {
		byte[] webp = SampleMedia.webpWithExifAndXmp();
		byte[] unknown = SampleMedia.concat(SampleMedia.ascii("GPS "),
				java.nio.ByteBuffer.allocate(4)
					.order(java.nio.ByteOrder.LITTLE_ENDIAN)
					.putInt(SampleMedia.PLACE.length() + 1)
					.array(),
				SampleMedia.ascii(SampleMedia.PLACE + " "));
		byte[] withUnknown = SampleMedia.concat(webp, unknown);
		java.nio.ByteBuffer.wrap(withUnknown, 4, 4)
			.order(java.nio.ByteOrder.LITTLE_ENDIAN)
			.putInt(withUnknown.length - 8);

		byte[] stripped = strip(MediaFormat.WEBP, withUnknown);

		assertThat(text(stripped)).doesNotContain(SampleMedia.PLACE);
		assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(40);
	}

	private static byte[] zeroSized(String type, byte[]... content) {
		byte[] box = SampleMedia.box(type, content);
		Arrays.fill(box, 0, 4, (byte) 0);
		return box;
	}

	private static byte[] largeSized(String type, byte[] body) {
		return SampleMedia.concat(new byte[] { 0, 0, 0, 1 }, SampleMedia.ascii(type),
				java.nio.ByteBuffer.allocate(8).putLong(16 + body.length).array(), body);
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
