package dev.newsroom.media.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.media.MediaDeleted;
import dev.newsroom.contracts.media.MediaDescribed.FocalPoint;
import dev.newsroom.events.EventPublisher;
import dev.newsroom.events.outbox.OutboxMessage;
import dev.newsroom.events.outbox.OutboxSaves;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Stores uploads and finds them again. The bytes go to GridFS first, without their
 * metadata, hashed on the way; then one insert writes the item with its event in the
 * outbox. If that insert fails the bytes are deleted again, so there is never an item
 * without bytes and (barring a crash in between) no bytes without an item.
 */
@Service
public class MediaLibrary {

	private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);

	private final MongoTemplate mongo;

	private final GridFsTemplate gridFs;

	private final EventPublisher events;

	private final Clock clock;

	private final UploadLimits limits;

	private final ImageInspector images;

	MediaLibrary(MongoTemplate mongo, GridFsTemplate gridFs, EventPublisher events, Clock clock, UploadLimits limits) {
		this.mongo = mongo;
		this.gridFs = gridFs;
		this.events = events;
		this.clock = clock;
		this.limits = limits;
		this.images = new ImageInspector(limits.maxPixels());
	}

	MediaItem upload(ReceivedFile file, MediaDescription description, String posterId, String editor) {
		if (file.isEmpty()) {
			throw UploadProblems.invalid("file", "must not be empty");
		}
		MediaFormat format = ContentSniffer.sniff(head(file)).orElseThrow(UploadProblems::unsupportedFormat);
		if (file.size() > limits.maxSize(format).toBytes()) {
			throw UploadProblems.tooLarge(format, limits.maxSize(format));
		}
		if (posterId != null && format.isImage()) {
			throw UploadProblems.invalid("poster", "is for a video: a photo has none");
		}
		checkPoster("poster", posterId);
		ImageInspector.PixelSize pixels = format.isImage() ? inspect(file, format) : null;
		Double duration = format.isVideo() ? duration(file, format) : null;
		String id = UUID.randomUUID().toString();
		StoredBlob blob;
		try {
			blob = store(id, file, format);
		}
		catch (ImageInspector.UnreadableImage unreadable) {
			throw UploadProblems.unreadable(unreadable.getMessage());
		}
		MediaItem.Uploaded uploaded = MediaItem.upload(id, file.filename(), blob, pixels, duration, description,
				posterId, editor, clock.instant());
		uploaded.item().stage(events.outboxMessage(Topics.MEDIA, id, uploaded.event()));
		try {
			return mongo.insert(uploaded.item());
		}
		catch (RuntimeException ex) {
			discard(blob, ex);
			throw ex;
		}
	}

	/** A video of another site, known by its URL there, which is never fetched. */
	MediaItem embed(String url, MediaDescription description, String posterId, String editor) {
		VideoEmbed embed = VideoEmbed.of(url)
			.orElseThrow(() -> UploadProblems.invalid("url", "is not a video of " + VideoEmbed.HOSTS));
		checkPoster("poster", posterId);
		String id = UUID.randomUUID().toString();
		MediaItem.Uploaded embedded = MediaItem.embed(id, embed, description, posterId, editor, clock.instant());
		embedded.item().stage(events.outboxMessage(Topics.MEDIA, id, embedded.event()));
		return mongo.insert(embedded.item());
	}

	/**
	 * Changes what is said of an item and stores it with its new snapshot in the outbox,
	 * in one write.
	 */
	MediaItem describe(String id, MediaItem.Changes changes) {
		if (changes.posterId() != null && !changes.posterId().isEmpty()) {
			checkPoster("poster", changes.posterId());
		}
		return change(id, item -> {
			if (changes.posterId() != null && item.format().isImage()) {
				throw UploadProblems.invalid("poster", "is for a video: a photo has none");
			}
			return List.of(events.outboxMessage(Topics.MEDIA, id, item.describe(changes, clock.instant())));
		});
	}

	/** Puts a video on the site's list of videos. */
	MediaItem publish(String id) {
		return change(id, item -> {
			if (!item.format().isVideo()) {
				throw new ErrorResponseException(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(
						HttpStatus.CONFLICT, "Only videos are published: photos show in articles and galleries"), null);
			}
			return List.of(events.outboxMessage(Topics.MEDIA, id, item.publish(clock.instant())));
		});
	}

	/** Takes a video off the site's list of videos. */
	MediaItem unpublish(String id) {
		return change(id,
				item -> item.unpublish(clock.instant())
					.map(event -> List.of(events.outboxMessage(Topics.MEDIA, id, event)))
					.orElse(List.of()));
	}

	/** The videos on the site's list, files and embedded, the last published first. */
	List<MediaItem> publishedVideos(int limit) {
		return mongo.find(Query.query(Criteria.where("published").is(true).and("deletedAt").is(null))
			.with(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id")))
			.limit(limit), MediaItem.class);
	}

	private void checkPoster(String field, String posterId) {
		if (posterId != null && lookUp(posterId).filter(poster -> poster.format().isImage()).isEmpty()) {
			throw UploadProblems.invalid(field, "is not a photo of the library");
		}
	}

	/**
	 * Deletes the item: its deletion and a tombstone go out on {@code media.v1}, then its
	 * bytes are deleted.
	 */
	void delete(String id) {
		MediaItem item = change(id, found -> {
			MediaDeleted deleted = found.delete(clock.instant());
			return List.of(events.outboxMessage(Topics.MEDIA, id, deleted),
					events.outboxTombstone(Topics.MEDIA, id, deleted));
		});
		try {
			gridFs.delete(Query.query(Criteria.where("_id").in(item.blobIds())));
		}
		catch (RuntimeException ex) {
			// the item is deleted all the same: nothing serves these bytes any more
			log.warn("The bytes of deleted media item {} are left in GridFS files {}", id, item.blobIds(), ex);
		}
	}

	/**
	 * Stores the bytes of a rendition, not yet part of its item: see
	 * {@link #recordRenditions}.
	 */
	public RenditionFile storeRendition(MediaItem item, Rendition rendition, String contentType, int width, int height,
			byte[] bytes) {
		String sha256 = HexFormat.of().formatHex(sha256().digest(bytes));
		var metadata = new Document("mediaId", item.id()).append("rendition", rendition.key());
		ObjectId blobId = gridFs.store(new ByteArrayInputStream(bytes), item.id() + "/" + rendition.key(), contentType,
				metadata);
		return new RenditionFile(rendition, blobId, contentType, width, height, bytes.length, sha256);
	}

	/**
	 * Adds renditions made around {@code madeAround} to their item, with its new snapshot
	 * in the outbox, and deletes the files that are not, or no longer, needed: those made
	 * twice, a crop around a focal point moved since, the crop it replaces, all of them
	 * if the item is gone.
	 */
	public void recordRenditions(String id, FocalPoint madeAround, List<RenditionFile> made) {
		MediaItem.RenditionsRecorded recorded;
		try {
			recorded = OutboxSaves.retrying(() -> {
				MediaItem item = find(id);
				MediaItem.RenditionsRecorded outcome = item.recordRenditions(madeAround, made, clock.instant());
				outcome.event().ifPresent(event -> {
					item.stage(events.outboxMessage(Topics.MEDIA, id, event));
					mongo.save(item);
				});
				return outcome;
			});
		}
		catch (MediaNotFoundException | OptimisticLockingFailureException notRecorded) {
			deleteRenditionFiles(made, notRecorded);
			if (notRecorded instanceof MediaNotFoundException) {
				return;
			}
			throw notRecorded;
		}
		// any other failure leaves the files: the save may have gone through all the same
		deleteRenditionFiles(recorded.unused(), null);
	}

	/** Says that the renditions of an item could not be made around that focal point. */
	public void renditionsFailed(String id, FocalPoint triedAround, String reason) {
		try {
			change(id,
					item -> item.renditionsFailed(triedAround, reason, clock.instant())
						.map(event -> List.of(events.outboxMessage(Topics.MEDIA, id, event)))
						.orElse(List.of()));
		}
		catch (MediaNotFoundException gone) {
			// deleted meanwhile: nothing to say
		}
	}

	/**
	 * Deletes rendition files that no item points at; one that cannot be deleted is
	 * logged, and told to {@code cause} if there is one.
	 */
	public void deleteRenditionFiles(List<RenditionFile> files, RuntimeException cause) {
		if (files.isEmpty()) {
			return;
		}
		List<ObjectId> blobIds = files.stream().map(RenditionFile::blobId).toList();
		try {
			gridFs.delete(Query.query(Criteria.where("_id").in(blobIds)));
		}
		catch (RuntimeException ex) {
			log.warn("GridFS files {} are left without a media item", blobIds, ex);
			if (cause != null) {
				cause.addSuppressed(ex);
			}
		}
	}

	/**
	 * Loads the item, lets it change, and saves it with the messages the change staged.
	 * The outbox relay bumps the item's version when it removes sent messages, so a
	 * change that read the item just before is made again on the new version.
	 */
	private MediaItem change(String id, Function<MediaItem, List<OutboxMessage>> change) {
		return OutboxSaves.retrying(() -> {
			MediaItem item = find(id);
			change.apply(item).forEach(item::stage);
			return mongo.save(item);
		});
	}

	public MediaItem find(String id) {
		return lookUp(id).orElseThrow(() -> new MediaNotFoundException(id));
	}

	/** Those of the items that exist and are not deleted, by id, in one query. */
	public Map<String, MediaItem> lookUpAll(Collection<String> ids) {
		Map<String, MediaItem> found = new HashMap<>();
		mongo.find(Query.query(Criteria.where("_id").in(ids)), MediaItem.class)
			.stream()
			.filter(item -> !item.isDeleted())
			.forEach(item -> found.put(item.id(), item));
		return found;
	}

	/** The item, unless there is none or it is deleted. */
	public Optional<MediaItem> lookUp(String id) {
		return Optional.ofNullable(mongo.findById(id, MediaItem.class)).filter(item -> !item.isDeleted());
	}

	/** The item's bytes, read from GridFS only when they are written out. */
	public Resource content(MediaItem item) {
		return new StoredContent(gridFs, item.blobId(), item.size());
	}

	/** A rendition's bytes, read from GridFS only when they are written out. */
	public Resource content(RenditionFile rendition) {
		return new StoredContent(gridFs, rendition.blobId(), rendition.size());
	}

	/**
	 * Reads the photo whole before any of it is stored: its size, and proof that it is a
	 * photo and only that.
	 */
	private ImageInspector.PixelSize inspect(ReceivedFile file, MediaFormat format) {
		try {
			try (InputStream in = file.open()) {
				ImageInspector.checkMetadata(format, in);
			}
			ImageInspector.PixelSize pixels;
			try (InputStream in = file.open()) {
				pixels = images.inspect(format, in);
			}
			try (InputStream in = file.open()) {
				if (MarkupScanner.holdsMarkup(in)) {
					throw UploadProblems.hiddenMarkup(format);
				}
			}
			return pixels;
		}
		catch (ImageInspector.UnreadableImage unreadable) {
			throw UploadProblems.unreadable(unreadable.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Double duration(ReceivedFile file, MediaFormat format) {
		try (InputStream in = file.open()) {
			return VideoInspector.duration(format, in).orElse(null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] head(ReceivedFile file) {
		try (InputStream in = file.open()) {
			return in.readNBytes(ContentSniffer.HEAD_LENGTH);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Stores the file in GridFS, named by the item's id, without its metadata (see
	 * {@link MetadataStripper}): the copy is made on disk first, and its SHA-256 computed
	 * on the way to GridFS.
	 */
	private StoredBlob store(String id, ReceivedFile file, MediaFormat format) {
		Path stripped = null;
		try {
			stripped = Files.createTempFile("media-", ".upload");
			try (InputStream in = file.open(); OutputStream out = Files.newOutputStream(stripped)) {
				MetadataStripper.copy(format, in, out);
			}
			MessageDigest sha256 = sha256();
			try (InputStream in = new DigestInputStream(Files.newInputStream(stripped), sha256)) {
				var blobId = gridFs.store(in, id, format.contentType(), new Document("mediaId", id));
				return new StoredBlob(blobId, format, Files.size(stripped), HexFormat.of().formatHex(sha256.digest()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(stripped);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("Cannot delete {}", file, ex);
			}
		}
	}

	private void discard(StoredBlob blob, RuntimeException cause) {
		try {
			gridFs.delete(Query.query(Criteria.where("_id").is(blob.id())));
		}
		catch (RuntimeException ex) {
			log.warn("GridFS file {} is left without a media item", blob.id(), ex);
			cause.addSuppressed(ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
