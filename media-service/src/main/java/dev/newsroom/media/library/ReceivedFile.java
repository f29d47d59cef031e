package dev.newsroom.media.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.LoggerFactory;

/**
 * The file of an upload, copied to a temporary file as it arrived, with the name the
 * client gave it. Closing it deletes the copy.
 */
record ReceivedFile(Path path, String filename, long size) implements AutoCloseable {

	InputStream open() throws IOException {
		return Files.newInputStream(path);
	}

	boolean isEmpty() {
		return size == 0;
	}

	/**
	 * Deletes the copy; one that cannot be deleted is left to the temporary folder's
	 * cleaning.
	 */
	@Override
	public void close() {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			LoggerFactory.getLogger(ReceivedFile.class).warn("Cannot delete {}", path, ex);
		}
	}

}
