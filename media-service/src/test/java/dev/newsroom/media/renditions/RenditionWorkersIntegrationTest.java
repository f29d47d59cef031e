package dev.newsroom.media.renditions;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import javax.imageio.ImageIO;

import dev.newsroom.contracts.media.MediaDescribed;
import dev.newsroom.media.Multipart;
import dev.newsroom.media.SampleMedia;
import dev.newsroom.media.library.MediaLibrary;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestHttp;
import dev.newsroom.testsupport.TestHttp.Response;
import dev.newsroom.testsupport.TestTokens;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two rendition workers, as two instances of the worker deployment would be, making the
 * same photo's renditions at once against one database. This instance serves only the
 * API, so that no third worker joins in from {@code media.v1}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "newsroom.media.role=api")
@DirtiesContext
class RenditionWorkersIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	MediaLibrary library;

	@Autowired
	MongoTemplate mongo;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		Infrastructure.embedded().register(registry);
	}

	@Test
	void twoWorkersAtOnceLeaveOneSetOfRenditionsAndDeleteTheOther() throws Exception {
		var http = new TestHttp("http://localhost:" + port);
		Multipart form = Multipart.form()
			.file("file", "le-hoi.jpg", "image/jpeg", SampleMedia.halves("jpeg", 2000, 1500));
		Response created = http.post("/api/admin/media", form.contentType(), form.body(),
				TestTokens.bearer("lan", "EDITOR"));
		String id = created.json().get("id").asString();
		assertThat(created.json().get("status").asString()).isEqualTo("pending");

		var start = new CyclicBarrier(2);
		List<CompletableFuture<Void>> workers = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			var worker = new RenditionWorker(library, new SimpleMeterRegistry());
			workers.add(CompletableFuture.runAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				worker.described(uploaded(id));
			}));
		}
		CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();

		JsonNode media = http.get("/api/media/" + id).json();
		assertThat(media.get("status").asString()).isEqualTo("ready");
		assertThat(media.get("renditions").propertyNames()).containsExactly("w320", "w640", "w1024", "w1600",
				"crop16x9");
		assertThat(mongo.getCollection("fs.files").countDocuments(new Document("metadata.mediaId", id)))
			.as("the photo and one set of five: the set made twice is deleted")
			.isEqualTo(6);
		for (var rendition : media.get("renditions").properties()) {
			Response bytes = http.get(rendition.getValue().asString());
			assertThat(bytes.status()).as(rendition.getKey()).isEqualTo(200);
			assertThat(ImageIO.read(new ByteArrayInputStream(bytes.bytes()))).as(rendition.getKey()).isNotNull();
		}
	}

	/** What the worker hears of an upload: only the id matters to it. */
	private static MediaDescribed uploaded(String id) {
		return new MediaDescribed("e-" + id, Instant.now(), id, "image/jpeg", 0, 2000, 1500, "", "", "", List.of(),
				MediaDescribed.FocalPoint.MIDDLE, "/media/" + id, "pending", Map.of(), "image", null, null, null, null,
				1);
	}

}
