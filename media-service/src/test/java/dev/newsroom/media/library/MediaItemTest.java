package dev.newsroom.media.library;

import java.time.Instant;

import dev.newsroom.contracts.media.MediaUploaded;
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
				new ImageInspector.PixelSize(1600, 1067),
				new MediaDescription("Lễ hội Hoa Ban ở Điện Biên", "Ảnh: Lê Minh"), "lan", UPLOADED);

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

		MediaUploaded event = uploaded.event();
		assertThat(event.eventId()).isNotBlank();
		assertThat(event.occurredAt()).isEqualTo(UPLOADED);
		assertThat(event.mediaId()).isEqualTo("m-1");
		assertThat(event.contentType()).isEqualTo("image/jpeg");
		assertThat(event.size()).isEqualTo(48_213);
		assertThat(event.caption()).isEqualTo("Lễ hội Hoa Ban ở Điện Biên");
		assertThat(event.credit()).isEqualTo("Ảnh: Lê Minh");
		assertThat(event.url()).isEqualTo("/media/m-1");
	}

	@Test
	void textsAreStoredInNfcAndStripped() {
		String decomposed = "  Nghe\u0323\u0302 An mu\u0300a lu\u0301a chi\u0301n  ";
		var description = new MediaDescription(decomposed, "\tA\u0309nh: Le\u0302 Minh\n");

		MediaItem.Uploaded uploaded = MediaItem.upload("m-2", " a\u0309nh-nghe\u0323\u0302-an.png ", BLOB, null,
				description, "lan", UPLOADED);

		assertThat(description.caption()).isEqualTo("Nghệ An mùa lúa chín");
		assertThat(description.credit()).isEqualTo("Ảnh: Lê Minh");
		assertThat(uploaded.item().filename()).isEqualTo("ảnh-nghệ-an.png");
		assertThat(uploaded.event().caption()).isEqualTo("Nghệ An mùa lúa chín");
	}

	@Test
	void timesAreKeptToTheMillisecondAsMongoDbStoresThem() {
		MediaItem.Uploaded uploaded = MediaItem.upload("m-3", "a.jpg", BLOB, null, new MediaDescription(null, null),
				"lan", UPLOADED.plusNanos(123_456_789));

		assertThat(uploaded.item().uploadedAt()).isEqualTo(UPLOADED.plusMillis(123));
		assertThat(uploaded.event().occurredAt()).isEqualTo(UPLOADED.plusMillis(123));
	}

	@Test
	void absentTextsAreEmpty() {
		var description = new MediaDescription(null, "   ");

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

}
