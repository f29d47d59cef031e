package dev.newsroom.media.library;

import org.bson.types.ObjectId;

/**
 * A rendition stored in GridFS: which one, what it is, its size in pixels and bytes, and
 * its SHA-256 in hex.
 */
public record RenditionFile(Rendition rendition, ObjectId blobId, String contentType, int width, int height, long size,
		String sha256) {

	/**
	 * Where it is served. The query names these bytes, so that a crop made again around
	 * another focal point has another URL, and each URL may be cached forever.
	 */
	String url(String mediaId) {
		return "/media/" + mediaId + "/" + rendition.key() + "?v=" + version();
	}

	public String version() {
		return sha256.substring(0, 16);
	}

}
