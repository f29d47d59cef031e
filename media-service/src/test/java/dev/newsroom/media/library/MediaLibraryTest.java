package dev.newsroom.media.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.media.MediaDescribed;
import dev.newsroom.events.CloudEvents;
import dev.newsroom.events.EventPublisher;
import dev.newsroom.events.EventWiring;
import dev.newsroom.events.TopicKind;
import dev.newsroom.media.SampleMedia;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.times;

/** The order of the writes of an upload, with the stores replaced by mocks. */
class MediaLibraryTest {

	@TempDir
	Path folder;

	private final MongoTemplate mongo = mock(MongoTemplate.class);

	private final GridFsTemplate gridFs = mock(GridFsTemplate.class);

	private final EventPublisher events = new EventPublisher(
			EventWiring.builder().produces(Topics.MEDIA, TopicKind.ENTITY, "media id", MediaDescribed.TYPE).build(),
			new CloudEvents(JsonMapper.builder().build(), "media-service"), null);

	private final MediaLibrary library = new MediaLibrary(mongo, gridFs, events,
			Clock.fixed(Instant.parse("2026-11-02T01:00:00Z"), ZoneOffset.UTC),
			new UploadLimits(DataSize.ofMegabytes(20), DataSize.ofMegabytes(500), 100_000_000));

	@Test
	void storesTheBytesThenTheItemWithItsEventInTheOutbox() {
		ObjectId blobId = new ObjectId();
		when(gridFs.store(any(InputStream.class), anyString(), eq("image/png"), any())).thenReturn(blobId);
		when(mongo.insert(any(MediaItem.class))).thenAnswer(call -> call.getArgument(0));

		MediaItem item = library.upload(aFile(SampleMedia.png()),
				new MediaDescription("Hoa ban", "Ảnh: Lê Minh", null, null), null, "lan");

		assertThat(item.blobId()).isEqualTo(blobId);
		assertThat(item.contentType()).isEqualTo("image/png");
		assertThat(item.outbox()).singleElement().satisfies(message -> {
			assertThat(message.topic()).isEqualTo("media.v1");
			assertThat(message.key()).isEqualTo(item.id());
			assertThat(message.type()).isEqualTo("dev.newsroom.media.described.v1");
		});
	}

	@Test
	void deletesTheBytesWhenTheItemCannotBeStored() {
		ObjectId blobId = new ObjectId();
		when(gridFs.store(any(InputStream.class), anyString(), anyString(), any())).thenReturn(blobId);
		var failure = new DataAccessResourceFailureException("MongoDB went away");
		when(mongo.insert(any(MediaItem.class))).thenThrow(failure);

		assertThatThrownBy(() -> library.upload(aFile(SampleMedia.jpeg()), new MediaDescription(null, null, null, null),
				null, "lan"))
			.isSameAs(failure);

		verify(gridFs).delete(Query.query(Criteria.where("_id").is(blobId)));
	}

	@Test
	void storesNothingOfAFileItCannotRecognise() {
		assertThatThrownBy(() -> library.upload(aFile(SampleMedia.text("<html></html>")),
				new MediaDescription(null, null, null, null), null, "lan"))
			.isInstanceOfSatisfying(ErrorResponseException.class,
					problem -> assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE));

		verifyNoInteractions(gridFs);
		verify(mongo, never()).insert(any(MediaItem.class));
	}

	@Test
	void storesNothingOfAnEmptyFile() {
		assertThatThrownBy(
				() -> library.upload(aFile(new byte[0]), new MediaDescription(null, null, null, null), null, "lan"))
			.isInstanceOfSatisfying(ErrorResponseException.class,
					problem -> assertThat(problem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));

		verifyNoInteractions(gridFs);
	}

	@Test
	void aChangeThatMeetsTheRelaysVersionBumpIsMadeAgainOnTheNewVersion() {
		when(mongo.findById("m-9", MediaItem.class)).thenReturn(anItem(), anItem());
		when(mongo.save(any(MediaItem.class))).thenThrow(new OptimisticLockingFailureException("sent events removed"))
			.thenAnswer(call -> call.getArgument(0));

		MediaItem saved = library.describe("m-9", new MediaItem.Changes("Chú thích mới", null, null, null, null));

		assertThat(saved.description().caption()).isEqualTo("Chú thích mới");
		assertThat(saved.outbox()).as("the change's event, staged once on the version saved").hasSize(1);
		verify(mongo, times(2)).save(any(MediaItem.class));
	}

	private static MediaItem anItem() {
		return MediaItem.upload("m-9", "a.jpg", new StoredBlob(new ObjectId(), MediaFormat.JPEG, 10, "00"), null,
				new MediaDescription("Chú thích cũ", null, null, null), "lan", Instant.parse("2026-11-02T01:00:00Z"))
			.item();
	}

	private ReceivedFile aFile(byte[] bytes) {
		try {
			Path file = Files.write(folder.resolve(UUID.randomUUID().toString()), bytes);
			return new ReceivedFile(file, "photo.bin", bytes.length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
