package dev.newsroom.media.renditions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.newsroom.contracts.media.MediaDescribed;
import dev.newsroom.contracts.media.MediaDescribed.FocalPoint;
import dev.newsroom.media.library.MediaItem;
import dev.newsroom.media.library.MediaLibrary;
import dev.newsroom.media.library.Rendition;
import dev.newsroom.media.library.RenditionFile;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Makes the renditions a photo still needs whenever {@code media.v1} says something of
 * it: after its upload, and after its focal point moved. Its own snapshot with the
 * renditions comes back here too, and finds nothing left to make. Two workers that make
 * the same rendition at once both store it, and the item keeps the first one recorded.
 */
@Component
public class RenditionWorker {

	private static final Logger log = LoggerFactory.getLogger(RenditionWorker.class);

	private final MediaLibrary library;

	private final Timer timer;

	RenditionWorker(MediaLibrary library, MeterRegistry meters) {
		this.library = library;
		this.timer = Timer.builder("newsroom.media.renditions")
			.description("Time to decode a photo, make the renditions it needs and store them")
			.register(meters);
	}

	public void described(MediaDescribed described) {
		library.lookUp(described.mediaId()).ifPresent(item -> {
			Set<Rendition> wanted = item.renditionsWanted();
			if (!wanted.isEmpty()) {
				timer.record(() -> make(item, wanted));
			}
		});
	}

	private void make(MediaItem item, Set<Rendition> wanted) {
		FocalPoint focalPoint = item.focalPoint();
		long start = System.nanoTime();
		byte[] original = original(item);
		long read = System.nanoTime();
		List<Renderer.Rendered> rendered;
		try (InputStream in = new ByteArrayInputStream(original)) {
			rendered = Renderer.render(in, wanted, focalPoint);
		}
		catch (Renderer.UnrenderableImage unrenderable) {
			log.warn("No renditions of media item {}: {}", item.id(), unrenderable.getMessage());
			library.renditionsFailed(item.id(), focalPoint, unrenderable.getMessage());
			return;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long made = System.nanoTime();
		List<RenditionFile> stored = new ArrayList<>();
		try {
			for (Renderer.Rendered rendition : rendered) {
				stored.add(library.storeRendition(item, rendition.rendition(), rendition.contentType(),
						rendition.width(), rendition.height(), rendition.bytes()));
			}
		}
		catch (RuntimeException ex) {
			// the delivery is tried again, and makes them again
			library.deleteRenditionFiles(stored, ex);
			throw ex;
		}
		long written = System.nanoTime();
		library.recordRenditions(item.id(), focalPoint, stored);
		log.info(
				"Renditions {} of media item {} made in {} ms: reading it {} ms, making them {} ms, storing them {} ms",
				wanted, item.id(), millis(start, System.nanoTime()), millis(start, read), millis(read, made),
				millis(made, written));
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	/**
	 * Read whole before decoding (a photo is at most a few tens of megabytes), so that a
	 * failure to read it from MongoDB is told apart from a photo that cannot be decoded.
	 */
	private byte[] original(MediaItem item) {
		try (InputStream in = library.content(item).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
