package dev.newsroom.media.library;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.newsroom.contracts.media.MediaDeleted;
import dev.newsroom.contracts.media.MediaDescribed;
import dev.newsroom.contracts.media.MediaDescribed.FocalPoint;
import dev.newsroom.events.outbox.Outbox;
import dev.newsroom.events.outbox.OutboxMessage;
import org.bson.types.ObjectId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A photo or video in the library: what it is, who described it how, and where its bytes
 * are. The bytes never change (another picture is another upload), so their hash is a
 * strong ETag forever. The {@code outbox} holds the item's events until the relay has
 * published them.
 */
@Document("media")
public class MediaItem {

	static final int MAX_FILENAME_LENGTH = 255;

	private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

	@Id
	private String id;

	@Version
	private Long version;

	private String filename;

	private MediaFormat format;

	private long size;

	private String sha256;

	/** Of a photo; a video has none. */
	private Integer width;

	private Integer height;

	private ObjectId blobId;

	private MediaDescription description;

	private FocalPoint focalPoint = FocalPoint.MIDDLE;

	/** When it was deleted; its document stays until its events are relayed. */
	private Instant deletedAt;

	private String uploadedBy;

	private Instant uploadedAt;

	@Unwrapped.Empty
	private Outbox outbox = new Outbox();

	private MediaItem() {
	}

	/**
	 * A new item for bytes already stored, and the event that announces it. Times are cut
	 * to milliseconds, as MongoDB stores them, so that what the upload answers is what is
	 * read later.
	 */
	static Uploaded upload(String id, String originalFilename, StoredBlob blob, ImageInspector.PixelSize pixels,
			MediaDescription description, String uploadedBy, Instant time) {
		Instant now = time.truncatedTo(ChronoUnit.MILLIS);
		var item = new MediaItem();
		item.id = id;
		item.filename = cleanFilename(originalFilename);
		item.format = blob.format();
		item.size = blob.size();
		item.sha256 = blob.sha256();
		if (pixels != null) {
			item.width = pixels.width();
			item.height = pixels.height();
		}
		item.blobId = blob.id();
		item.description = description;
		item.uploadedBy = uploadedBy;
		item.uploadedAt = now;
		return new Uploaded(item, item.snapshot(now));
	}

	/**
	 * Changes what is said of the item; each of the changes that is null leaves its part
	 * as it is.
	 * @return the new public snapshot, to publish with the change
	 */
	MediaDescribed describe(Changes changes, Instant time) {
		description = description.with(changes);
		if (changes.focalPoint() != null) {
			focalPoint = changes.focalPoint();
		}
		return snapshot(time.truncatedTo(ChronoUnit.MILLIS));
	}

	MediaDeleted delete(Instant time) {
		deletedAt = time.truncatedTo(ChronoUnit.MILLIS);
		return new MediaDeleted(UUID.randomUUID().toString(), deletedAt, id);
	}

	boolean isDeleted() {
		return deletedAt != null;
	}

	private MediaDescribed snapshot(Instant time) {
		return new MediaDescribed(UUID.randomUUID().toString(), time, id, contentType(), size, width, height,
				description.caption(), description.credit(), description.alt(), description.tags(), focalPoint, url());
	}

	/**
	 * The name only, without the folders some browsers send, in NFC and without control
	 * characters.
	 */
	static String cleanFilename(String original) {
		String name = MediaDescription.clean(original);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = CONTROL_CHARACTERS.matcher(name).replaceAll("").strip();
		if (name.codePointCount(0, name.length()) > MAX_FILENAME_LENGTH) {
			name = name.substring(0, name.offsetByCodePoints(0, MAX_FILENAME_LENGTH));
		}
		return name.isEmpty() ? "upload" : name;
	}

	void stage(OutboxMessage message) {
		outbox.stage(message);
	}

	List<OutboxMessage> outbox() {
		return outbox.messages();
	}

	ObjectId blobId() {
		return blobId;
	}

	public String id() {
		return id;
	}

	public String filename() {
		return filename;
	}

	public String contentType() {
		return format.contentType();
	}

	public long size() {
		return size;
	}

	/** The SHA-256 of the bytes, in hex. */
	public String sha256() {
		return sha256;
	}

	/** In pixels, of a photo; null for a video. */
	public Integer width() {
		return width;
	}

	public Integer height() {
		return height;
	}

	public MediaDescription description() {
		return description;
	}

	public FocalPoint focalPoint() {
		return focalPoint;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}

	/** Where the bytes are served. */
	public String url() {
		return "/media/" + id;
	}

	/** The item as created and the event to publish with it, to be stored together. */
	record Uploaded(MediaItem item, MediaDescribed event) {
	}

	/** What an editor changes of an item; what is null stays as it is. */
	record Changes(String caption, String credit, String alt, List<String> tags, FocalPoint focalPoint) {
	}

}
