package dev.newsroom.media.library;

import org.bson.types.ObjectId;

/**
 * Bytes stored in GridFS: their file id there, what they are, how many, and their SHA-256
 * in hex.
 */
record StoredBlob(ObjectId id, MediaFormat format, long size, String sha256) {

}
