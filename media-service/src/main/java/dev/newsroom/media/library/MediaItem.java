package dev.newsroom.media.library;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 * strong ETag forever. A photo's renditions are made after the upload, by a worker that
 * hears of it on {@code media.v1}, and its crop again whenever the focal point moves. The
 * {@code outbox} holds the item's events until the relay has published them.
 */
@Document("media")
public class MediaItem {

	static final int MAX_FILENAME_LENGTH = 255;

	private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");

	@Id
	private String id;

	@Version
	private Long version;

	/**
	 * Of the public snapshots: the API and the rendition workers run apart, and their
	 * clocks may not agree on which came last.
	 */
	private long revision;

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

	private RenditionStatus renditionStatus;

	/** Why the renditions could not be made, when they could not. */
	private String renditionFailure;

	/** By {@link Rendition#key()}. */
	private Map<String, RenditionFile> renditions = new TreeMap<>();

	/** The focal point the crop among the renditions was made around. */
	private FocalPoint cropFocalPoint;

	/** Of an embedded video: which one of which host. */
	private VideoEmbed embed;

	/** Of a video file, in seconds, when its header says. */
	private Double duration;

	/** Of a video: the id of the photo shown before it plays. */
	private String posterId;

	/** Of a video: whether it is on the site's list of videos, and since when. */
	private boolean published;

	private Instant publishedAt;

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
		return upload(id, originalFilename, blob, pixels, null, description, null, uploadedBy, time);
	}

	/**
	 * As above, for a video too: how long it lasts (null if its header does not say) and
	 * the photo shown before it plays.
	 */
	static Uploaded upload(String id, String originalFilename, StoredBlob blob, ImageInspector.PixelSize pixels,
			Double duration, MediaDescription description, String posterId, String uploadedBy, Instant time) {
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
		item.renditionStatus = item.format.isImage() ? RenditionStatus.PENDING : RenditionStatus.READY;
		item.posterId = item.format.isVideo() ? posterId : null;
		item.duration = duration;
		return new Uploaded(item, item.snapshot(now));
	}

	/** A video of another site, and the event that announces it. */
	static Uploaded embed(String id, VideoEmbed embed, MediaDescription description, String posterId, String uploadedBy,
			Instant time) {
		Instant now = time.truncatedTo(ChronoUnit.MILLIS);
		var item = new MediaItem();
		item.id = id;
		item.filename = embed.provider() + "-" + embed.videoId();
		item.format = MediaFormat.EMBED;
		item.embed = embed;
		item.description = description;
		item.posterId = posterId;
		item.uploadedBy = uploadedBy;
		item.uploadedAt = now;
		item.renditionStatus = RenditionStatus.READY;
		return new Uploaded(item, item.snapshot(now));
	}

	/**
	 * Puts a video on the site's list of videos ({@code GET /api/media?type=video}); a
	 * photo is shown through articles and galleries instead.
	 */
	MediaDescribed publish(Instant time) {
		if (!format.isVideo()) {
			throw new IllegalStateException("Only videos are published: photos show in articles and galleries");
		}
		Instant now = time.truncatedTo(ChronoUnit.MILLIS);
		if (publishedAt == null) {
			publishedAt = now;
		}
		published = true;
		return snapshot(now);
	}

	/** Takes a video off the list of videos; nothing to say if it is not on it. */
	Optional<MediaDescribed> unpublish(Instant time) {
		if (!published) {
			return Optional.empty();
		}
		published = false;
		return Optional.of(snapshot(time.truncatedTo(ChronoUnit.MILLIS)));
	}

	/**
	 * Changes what is said of the item; each of the changes that is null leaves its part
	 * as it is.
	 * @return the new public snapshot, to publish with the change
	 */
	MediaDescribed describe(Changes changes, Instant time) {
		if (changes.posterId() != null && !format.isVideo()) {
			throw new IllegalStateException("A photo has no poster");
		}
		description = description.with(changes);
		if (changes.posterId() != null) {
			posterId = changes.posterId().isEmpty() ? null : changes.posterId();
		}
		if (changes.focalPoint() != null && !changes.focalPoint().equals(focalPoint)) {
			focalPoint = changes.focalPoint();
			if (format.isImage()) {
				// a photo that failed is tried again: the editor may be looking at it now
				renditionStatus = RenditionStatus.PENDING;
				renditionFailure = null;
			}
		}
		return snapshot(time.truncatedTo(ChronoUnit.MILLIS));
	}

	/**
	 * The renditions to make now: the widths narrower than the photo that are not made
	 * yet, and the crop unless it is made around the current focal point. None for a
	 * video, nor for a photo that could not be made smaller.
	 */
	public Set<Rendition> renditionsWanted() {
		Set<Rendition> wanted = EnumSet.noneOf(Rendition.class);
		if (!format.isImage() || isDeleted() || renditionStatus == RenditionStatus.FAILED) {
			return wanted;
		}
		for (Rendition rendition : Rendition.values()) {
			boolean made = renditions.containsKey(rendition.key());
			if (rendition.isCrop() ? !made || !focalPoint.equals(cropFocalPoint)
					: !made && width != null && rendition.width() < width) {
				wanted.add(rendition);
			}
		}
		return wanted;
	}

	/**
	 * Keeps the renditions made around {@code focalPoint} that are still wanted; the rest
	 * (made twice, or a crop around a focal point moved since) are handed back unused,
	 * with those they replace.
	 */
	RenditionsRecorded recordRenditions(FocalPoint madeAround, List<RenditionFile> made, Instant time) {
		Set<Rendition> wanted = renditionsWanted();
		List<RenditionFile> unused = new ArrayList<>();
		boolean kept = false;
		for (RenditionFile file : made) {
			Rendition rendition = file.rendition();
			if (!wanted.contains(rendition) || rendition.isCrop() && !madeAround.equals(focalPoint)) {
				unused.add(file);
				continue;
			}
			Optional.ofNullable(renditions.put(rendition.key(), file)).ifPresent(unused::add);
			if (rendition.isCrop()) {
				cropFocalPoint = madeAround;
			}
			kept = true;
		}
		if (!kept) {
			return new RenditionsRecorded(Optional.empty(), unused);
		}
		renditionStatus = renditionsWanted().isEmpty() ? RenditionStatus.READY : RenditionStatus.PENDING;
		return new RenditionsRecorded(Optional.of(snapshot(time.truncatedTo(ChronoUnit.MILLIS))), unused);
	}

	/**
	 * The photo could not be made smaller around {@code triedAround}; if the focal point
	 * has moved since, the renditions are tried again for it anyway, and this says
	 * nothing.
	 */
	Optional<MediaDescribed> renditionsFailed(FocalPoint triedAround, String reason, Instant time) {
		if (!triedAround.equals(focalPoint) || renditionStatus == RenditionStatus.FAILED) {
			return Optional.empty();
		}
		renditionStatus = RenditionStatus.FAILED;
		renditionFailure = reason;
		return Optional.of(snapshot(time.truncatedTo(ChronoUnit.MILLIS)));
	}

	MediaDeleted delete(Instant time) {
		deletedAt = time.truncatedTo(ChronoUnit.MILLIS);
		return new MediaDeleted(UUID.randomUUID().toString(), deletedAt, id);
	}

	boolean isDeleted() {
		return deletedAt != null;
	}

	private MediaDescribed snapshot(Instant time) {
		revision++;
		return new MediaDescribed(UUID.randomUUID().toString(), time, id, contentType(), size, width, height,
				description.caption(), description.credit(), description.alt(), description.tags(), focalPoint, url(),
				renditionStatus().key(), renditionUrls(), type(), embedUrl(), posterId, published ? publishedAt : null,
				duration, revision);
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

	/** {@code image}, {@code video} or {@code embed}. */
	public String type() {
		return format.type();
	}

	/** Of an embedded video, the player a page puts in an iframe; null otherwise. */
	public String embedUrl() {
		return embed == null ? null : embed.playerUrl();
	}

	/** Of a video file, how long it lasts in seconds, if its header says. */
	public Double duration() {
		return duration;
	}

	/** Of a video, the id of the photo shown before it plays, if it has one. */
	public String posterId() {
		return posterId;
	}

	/** Whether a video is on the site's list of videos. */
	public boolean isPublished() {
		return published;
	}

	public Instant publishedAt() {
		return publishedAt;
	}

	public MediaFormat format() {
		return format;
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

	public RenditionStatus renditionStatus() {
		return renditionStatus != null ? renditionStatus : RenditionStatus.PENDING;
	}

	/** Why the renditions could not be made; null unless they could not. */
	public String renditionFailure() {
		return renditionFailure;
	}

	public Optional<RenditionFile> rendition(Rendition rendition) {
		return Optional.ofNullable(renditions.get(rendition.key()));
	}

	/** Where each rendition made so far is served, by name. */
	public Map<String, String> renditionUrls() {
		Map<String, String> urls = new LinkedHashMap<>();
		for (Rendition rendition : Rendition.values()) {
			rendition(rendition).ifPresent(file -> urls.put(rendition.key(), file.url(id)));
		}
		return urls;
	}

	/** All the GridFS files of the item: its bytes and its renditions'. */
	List<ObjectId> blobIds() {
		List<ObjectId> blobs = new ArrayList<>();
		if (blobId != null) {
			blobs.add(blobId);
		}
		renditions.values().forEach(file -> blobs.add(file.blobId()));
		return blobs;
	}

	/**
	 * Where the bytes are served; of an embedded video, the page on its host where it is
	 * watched.
	 */
	public String url() {
		return embed != null ? embed.pageUrl() : "/media/" + id;
	}

	/** Whether the library has bytes of it: not of a video of another site. */
	public boolean hasBytes() {
		return blobId != null;
	}

	/** The item as created and the event to publish with it, to be stored together. */
	record Uploaded(MediaItem item, MediaDescribed event) {
	}

	/**
	 * The snapshot to publish if renditions were kept, and the files no longer needed.
	 */
	record RenditionsRecorded(Optional<MediaDescribed> event, List<RenditionFile> unused) {
	}

	/** What an editor changes of an item; what is null stays as it is. */
	record Changes(String caption, String credit, String alt, List<String> tags, FocalPoint focalPoint,
			String posterId) {

		Changes(String caption, String credit, String alt, List<String> tags, FocalPoint focalPoint) {
			this(caption, credit, alt, tags, focalPoint, null);
		}

	}

}
