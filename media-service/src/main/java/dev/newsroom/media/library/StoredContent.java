package dev.newsroom.media.library;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.types.ObjectId;

import org.springframework.core.io.AbstractResource;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsOperations;

/**
 * The bytes of a media item in GridFS, read chunk by chunk while they are written out.
 * Opened only when written, and as often as needed: a 304 never touches them, and a range
 * request of a video skips to the chunk it needs.
 */
final class StoredContent extends AbstractResource {

	private final GridFsOperations gridFs;

	private final ObjectId blobId;

	private final long size;

	StoredContent(GridFsOperations gridFs, ObjectId blobId, long size) {
		this.gridFs = gridFs;
		this.blobId = blobId;
		this.size = size;
	}

	@Override
	public InputStream getInputStream() throws IOException {
		GridFSFile file = gridFs.findOne(Query.query(Criteria.where("_id").is(blobId)));
		if (file == null) {
			throw new FileNotFoundException(getDescription() + " is missing");
		}
		return gridFs.getResource(file).getInputStream();
	}

	@Override
	public long contentLength() {
		return size;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public String getDescription() {
		return "GridFS file " + blobId;
	}

}
