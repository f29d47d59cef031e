package dev.newsroom.media.library;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.newsroom.contracts.media.MediaDescribed;
import dev.newsroom.contracts.media.MediaDescribed.FocalPoint;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaItemTest {

	private static final Instant UPLOADED = Instant.parse("2026-11-02T01:00:00Z");

	private static final StoredBlob BLOB = new StoredBlob(new ObjectId(), MediaFormat.JPEG, 48_213,
			"5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef");

	@Test
	void uploadingReturnsTheItemAndTheEventThatAnnouncesIt() {
		MediaItem.Uploaded uploaded = MediaItem.upload("m-1", "hoa-ban.jpg", BLOB,
				new ImageInspector.PixelSize(1600, 1067), new MediaDescription("Lễ hội Hoa Ban ở Điện Biên",
						"Ảnh: Lê Minh", "Thiếu nữ Thái múa xòe", List.of("Điện Biên", "lễ hội", "Điện Biên")),
				"lan", UPLOADED);

		MediaItem item = uploaded.item();
		assertThat(item.id()).isEqualTo("m-1");
		assertThat(item.filename()).isEqualTo("hoa-ban.jpg");
		assertThat(item.width()).isEqualTo(1600);
		assertThat(item.height()).isEqualTo(1067);
		assertThat(item.contentType()).isEqualTo("image/jpeg");
		assertThat(item.size()).isEqualTo(48_213);
		assertThat(item.sha256()).isEqualTo(BLOB.sha256());
		assertThat(item.blobId()).isEqualTo(BLOB.id());
		assertThat(item.url()).isEqualTo("/media/m-1");
		assertThat(item.uploadedAt()).isEqualTo(UPLOADED);
		assertThat(item.outbox()).as("the caller stages the event with the item").isEmpty();

		MediaDescribed event = uploaded.event();
		assertThat(event.eventId()).isNotBlank();
		assertThat(event.occurredAt()).isEqualTo(UPLOADED);
		assertThat(event.mediaId()).isEqualTo("m-1");
		assertThat(event.contentType()).isEqualTo("image/jpeg");
		assertThat(event.size()).isEqualTo(48_213);
		assertThat(event.width()).isEqualTo(1600);
		assertThat(event.height()).isEqualTo(1067);
		assertThat(event.caption()).isEqualTo("Lễ hội Hoa Ban ở Điện Biên");
		assertThat(event.credit()).isEqualTo("Ảnh: Lê Minh");
		assertThat(event.alt()).isEqualTo("Thiếu nữ Thái múa xòe");
		assertThat(event.tags()).as("each tag once").containsExactly("Điện Biên", "lễ hội");
		assertThat(event.focalPoint()).isEqualTo(FocalPoint.MIDDLE);
		assertThat(event.url()).isEqualTo("/media/m-1");
	}

	@Test
	void describingChangesWhatItSetsKeepsTheRestAndReturnsTheWholeSnapshot() {
		MediaItem item = MediaItem.upload("m-4", "a.jpg", BLOB, new ImageInspector.PixelSize(1600, 1067),
				new MediaDescription("Chợ phiên", "Ảnh: Đăng Vũ", "Người dân họp chợ", List.of("chợ")), "lan", UPLOADED)
			.item();

		MediaDescribed event = item.describe(new MediaItem.Changes("Chợ phiên Bắc Hà", null, null,
				List.of("chợ", "Lào Cai"), new FocalPoint(0.3, 0.7)), UPLOADED.plusSeconds(60));

		assertThat(item.description()).isEqualTo(new MediaDescription("Chợ phiên Bắc Hà", "Ảnh: Đăng Vũ",
				"Người dân họp chợ", List.of("chợ", "Lào Cai")));
		assertThat(item.focalPoint()).isEqualTo(new FocalPoint(0.3, 0.7));
		assertThat(event.occurredAt()).isEqualTo(UPLOADED.plusSeconds(60));
		assertThat(event.caption()).isEqualTo("Chợ phiên Bắc Hà");
		assertThat(event.credit()).as("left as it was").isEqualTo("Ảnh: Đăng Vũ");
		assertThat(event.alt()).isEqualTo("Người dân họp chợ");
		assertThat(event.tags()).containsExactly("chợ", "Lào Cai");
		assertThat(event.focalPoint()).isEqualTo(new FocalPoint(0.3, 0.7));
		assertThat(event.width()).isEqualTo(1600);
		assertThat(event.url()).isEqualTo("/media/m-4");
	}

	@Test
	void textsAreStoredInNfcAndStripped() {
		String decomposed = "  Nghe\u0323\u0302 An mu\u0300a lu\u0301a chi\u0301n  ";
		var description = new MediaDescription(decomposed, "\tA\u0309nh: Le\u0302 Minh\n", null, null);

		MediaItem.Uploaded uploaded = MediaItem.upload("m-2", " a\u0309nh-nghe\u0323\u0302-an.png ", BLOB, null,
				description, "lan", UPLOADED);

		assertThat(description.caption()).isEqualTo("Nghệ An mùa lúa chín");
		assertThat(description.credit()).isEqualTo("Ảnh: Lê Minh");
		assertThat(uploaded.item().filename()).isEqualTo("ảnh-nghệ-an.png");
		assertThat(uploaded.event().caption()).isEqualTo("Nghệ An mùa lúa chín");
	}

	@Test
	void timesAreKeptToTheMillisecondAsMongoDbStoresThem() {
		MediaItem.Uploaded uploaded = MediaItem.upload("m-3", "a.jpg", BLOB, null,
				new MediaDescription(null, null, null, null), "lan", UPLOADED.plusNanos(123_456_789));

		assertThat(uploaded.item().uploadedAt()).isEqualTo(UPLOADED.plusMillis(123));
		assertThat(uploaded.event().occurredAt()).isEqualTo(UPLOADED.plusMillis(123));
	}

	@Test
	void absentTextsAreEmpty() {
		var description = new MediaDescription(null, "   ", null, null);

		assertThat(description.caption()).isEmpty();
		assertThat(description.credit()).isEmpty();
	}

	@Test
	void theFilenameLosesFoldersAndControlCharactersAndHasADefault() {
		assertThat(MediaItem.cleanFilename("C:\\Users\\lan\\Pictures\\hoa-ban.jpg")).isEqualTo("hoa-ban.jpg");
		assertThat(MediaItem.cleanFilename("../../etc/passwd")).isEqualTo("passwd");
		assertThat(MediaItem.cleanFilename("ảnh\r\n.jpg")).isEqualTo("ảnh.jpg");
		assertThat(MediaItem.cleanFilename(null)).isEqualTo("upload");
		assertThat(MediaItem.cleanFilename("photos/")).isEqualTo("upload");
		assertThat(MediaItem.cleanFilename("ả".repeat(300))).hasSize(MediaItem.MAX_FILENAME_LENGTH);
	}

	@Test
	void aPhotoWantsTheWidthsNarrowerThanItselfAndACropAndIsPendingUntilTheyAreMade() {
		MediaItem wide = photo(1600, 1067);
		MediaItem narrow = photo(700, 500);

		assertThat(wide.renditionStatus()).isEqualTo(RenditionStatus.PENDING);
		assertThat(wide.renditionsWanted()).as("not 1600: the photo itself is that wide")
			.containsExactly(Rendition.W320, Rendition.W640, Rendition.W1024, Rendition.CROP16X9);
		assertThat(narrow.renditionsWanted()).containsExactly(Rendition.W320, Rendition.W640, Rendition.CROP16X9);
	}

	@Test
	void aVideoWantsNoRenditionsAndIsReady() {
		MediaItem video = MediaItem
			.upload("v-1", "phong-su.mp4", new StoredBlob(new ObjectId(), MediaFormat.MP4, 9_000_000, BLOB.sha256()),
					null, new MediaDescription(null, null, null, null), "lan", UPLOADED)
			.item();

		assertThat(video.renditionsWanted()).isEmpty();
		assertThat(video.renditionStatus()).isEqualTo(RenditionStatus.READY);
	}

	@Test
	void renditionsRecordedMakeThePhotoReadyAndGoOutWithTheSnapshot() {
		MediaItem item = photo(700, 500);

		MediaItem.RenditionsRecorded recorded = item.recordRenditions(FocalPoint.MIDDLE,
				List.of(file(Rendition.W320, "aa"), file(Rendition.W640, "bb"), file(Rendition.CROP16X9, "cc")),
				UPLOADED.plusSeconds(2));

		assertThat(recorded.unused()).isEmpty();
		assertThat(item.renditionStatus()).isEqualTo(RenditionStatus.READY);
		assertThat(item.renditionsWanted()).isEmpty();
		MediaDescribed event = recorded.event().orElseThrow();
		assertThat(event.status()).isEqualTo("ready");
		assertThat(event.renditions()).containsExactly(Map.entry("w320", "/media/m-1/w320?v=aaaaaaaaaaaaaaaa"),
				Map.entry("w640", "/media/m-1/w640?v=bbbbbbbbbbbbbbbb"),
				Map.entry("crop16x9", "/media/m-1/crop16x9?v=cccccccccccccccc"));
		assertThat(event.occurredAt()).isEqualTo(UPLOADED.plusSeconds(2));
	}

	@Test
	void aNewFocalPointWantsANewCropWhichReplacesTheOldOne() {
		MediaItem item = photo(700, 500);
		RenditionFile oldCrop = file(Rendition.CROP16X9, "cc");
		item.recordRenditions(FocalPoint.MIDDLE,
				List.of(file(Rendition.W320, "aa"), file(Rendition.W640, "bb"), oldCrop), UPLOADED);

		MediaDescribed moved = item.describe(new MediaItem.Changes(null, null, null, null, new FocalPoint(0.2, 0.3)),
				UPLOADED.plusSeconds(5));

		assertThat(moved.status()).isEqualTo("pending");
		assertThat(moved.renditions()).as("the old crop is shown until the new one is made").containsKey("crop16x9");
		assertThat(item.renditionsWanted()).containsExactly(Rendition.CROP16X9);

		MediaItem.RenditionsRecorded recorded = item.recordRenditions(new FocalPoint(0.2, 0.3),
				List.of(file(Rendition.CROP16X9, "dd")), UPLOADED.plusSeconds(6));

		assertThat(recorded.unused()).as("the crop it replaced").containsExactly(oldCrop);
		assertThat(recorded.event().orElseThrow().renditions()).containsEntry("crop16x9",
				"/media/m-1/crop16x9?v=dddddddddddddddd");
		assertThat(item.renditionStatus()).isEqualTo(RenditionStatus.READY);
	}

	@Test
	void aCropMadeAroundAFocalPointMovedMeanwhileOrARenditionMadeTwiceIsHandedBackUnused() {
		MediaItem item = photo(700, 500);
		item.describe(new MediaItem.Changes(null, null, null, null, new FocalPoint(0.8, 0.5)), UPLOADED);
		RenditionFile staleCrop = file(Rendition.CROP16X9, "cc");
		RenditionFile w320 = file(Rendition.W320, "aa");

		MediaItem.RenditionsRecorded first = item.recordRenditions(FocalPoint.MIDDLE, List.of(w320, staleCrop),
				UPLOADED);
		RenditionFile again = file(Rendition.W320, "ee");
		MediaItem.RenditionsRecorded second = item.recordRenditions(FocalPoint.MIDDLE, List.of(again), UPLOADED);

		assertThat(first.unused()).containsExactly(staleCrop);
		assertThat(first.event()).as("w320 was kept").isPresent();
		assertThat(item.renditionStatus()).isEqualTo(RenditionStatus.PENDING);
		assertThat(item.renditionsWanted()).containsExactly(Rendition.W640, Rendition.CROP16X9);
		assertThat(second.unused()).containsExactly(again);
		assertThat(second.event()).as("nothing changed").isEmpty();
		assertThat(item.rendition(Rendition.W320)).contains(w320);
	}

	@Test
	void aPhotoThatCannotBeMadeSmallerFailsWithItsReasonUntilItsFocalPointMoves() {
		MediaItem item = photo(700, 500);

		MediaDescribed failed = item.renditionsFailed(FocalPoint.MIDDLE, "the photo cannot be decoded", UPLOADED)
			.orElseThrow();

		assertThat(failed.status()).isEqualTo("failed");
		assertThat(item.renditionFailure()).isEqualTo("the photo cannot be decoded");
		assertThat(item.renditionsWanted()).as("not tried again at every event").isEmpty();
		assertThat(item.renditionsFailed(FocalPoint.MIDDLE, "again", UPLOADED)).isEmpty();

		item.describe(new MediaItem.Changes(null, null, null, null, new FocalPoint(0.1, 0.1)), UPLOADED);

		assertThat(item.renditionStatus()).isEqualTo(RenditionStatus.PENDING);
		assertThat(item.renditionFailure()).isNull();
		assertThat(item.renditionsWanted()).isNotEmpty();
	}

	@Test
	void everySnapshotHasAHigherRevisionThanTheLast() {
		MediaItem.Uploaded uploaded = MediaItem.upload("m-1", "a.jpg", BLOB, new ImageInspector.PixelSize(700, 500),
				new MediaDescription(null, null, null, null), "lan", UPLOADED);
		MediaItem item = uploaded.item();

		MediaDescribed described = item.describe(new MediaItem.Changes("Chợ phiên", null, null, null, null), UPLOADED);
		MediaDescribed rendered = item
			.recordRenditions(FocalPoint.MIDDLE, List.of(file(Rendition.W320, "aa")), UPLOADED.minusSeconds(5))
			.event()
			.orElseThrow();

		assertThat(uploaded.event().revision()).isEqualTo(1);
		assertThat(described.revision()).isEqualTo(2);
		assertThat(rendered.revision()).as("whatever its clock said").isEqualTo(3);
	}

	private static MediaItem photo(int width, int height) {
		return MediaItem
			.upload("m-1", "a.jpg", BLOB, new ImageInspector.PixelSize(width, height),
					new MediaDescription(null, null, null, null), "lan", UPLOADED)
			.item();
	}

	private static RenditionFile file(Rendition rendition, String hexDigit) {
		return new RenditionFile(rendition, new ObjectId(), "image/jpeg", rendition.width(), rendition.width() / 2,
				1000, hexDigit.repeat(32));
	}

}
