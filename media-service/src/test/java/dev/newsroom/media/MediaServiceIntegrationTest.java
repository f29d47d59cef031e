package dev.newsroom.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.media.MediaDescribed;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestHttp;
import dev.newsroom.testsupport.TestHttp.Response;
import dev.newsroom.testsupport.TestTokens;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.context.support.ServletRequestHandledEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The media service over HTTP and Kafka, with real security. Subclasses choose the
 * infrastructure: the embedded broker and MongoDB-wire server, or containers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
abstract class MediaServiceIntegrationTest {

	static final String EDITOR = TestTokens.bearer("lan", "EDITOR");

	static final String ADMIN = TestTokens.bearer("minh", "EDITOR", "ADMIN");

	static final String PUBLISHER = TestTokens.bearer("hoa", "EDITOR", "PUBLISHER");

	static final String CAPTION = "Lễ hội Hoa Ban ở Điện Biên";

	static final String CREDIT = "Ảnh: Lê Minh";

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	ConfigurableApplicationContext context;

	TestHttp http;

	private final HttpClient client = HttpClient.newHttpClient();

	abstract Infrastructure infrastructure();

	@BeforeEach
	void connect() {
		http = new TestHttp("http://localhost:" + port);
	}

	@Test
	void anEditorUploadsAPhotoWithItsCaptionAndCredit() {
		byte[] png = SampleMedia.png();
		Multipart form = photo(png);

		HttpResponse<byte[]> created = send(HttpRequest.newBuilder(uri("/api/admin/media"))
			.header("Authorization", EDITOR)
			.header("Content-Type", form.contentType())
			.POST(form.body()));

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode media = json(created.body());
		String id = media.get("id").asString();
		assertThat(created.headers().firstValue("Location")).contains("/api/media/" + id);
		assertThat(media.get("filename").asString()).isEqualTo("hoa-ban.png");
		assertThat(media.get("contentType").asString()).isEqualTo("image/png");
		assertThat(media.get("size").asLong()).isEqualTo(png.length);
		assertThat(media.get("caption").asString()).isEqualTo(CAPTION);
		assertThat(media.get("credit").asString()).isEqualTo(CREDIT);
		assertThat(media.get("url").asString()).isEqualTo("/media/" + id);
		assertThat(media.get("uploadedAt").asString()).isNotBlank();
		assertThat(media.has("sha256")).as("storage details stay inside").isFalse();
		assertThat(media.has("outbox")).isFalse();
	}

	@Test
	void visitorsReadTheMetadataWithTheVietnameseIntact() {
		JsonNode uploaded = upload(photo(SampleMedia.png()));

		Response response = http.get("/api/media/" + uploaded.get("id").asString());

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		assertThat(withoutRenditions(response.json())).as("the renditions may be made meanwhile")
			.isEqualTo(withoutRenditions(uploaded));
		assertThat(response.json().get("caption").asString()).isEqualTo(CAPTION);
		assertThat(response.json().get("credit").asString()).isEqualTo(CREDIT);
	}

	@Test
	void theBytesComeBackWithTheirTypeAndAStrongETagForever() {
		byte[] png = SampleMedia.png();
		String id = upload(photo(png)).get("id").asString();

		HttpResponse<byte[]> bytes = send(HttpRequest.newBuilder(uri("/media/" + id)).GET());

		assertThat(bytes.statusCode()).isEqualTo(200);
		assertThat(bytes.body()).isEqualTo(png);
		assertThat(bytes.headers().firstValue("Content-Type")).contains("image/png");
		assertThat(bytes.headers().firstValue("X-Content-Type-Options")).as("no browser guesses another type")
			.contains("nosniff");
		assertThat(bytes.headers().firstValueAsLong("Content-Length")).hasValue(png.length);
		assertThat(bytes.headers().firstValue("ETag")).contains("\"" + sha256(png) + "\"");
		assertThat(bytes.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
		assertThat(bytes.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(disposition -> assertThat(disposition).startsWith("inline").contains("hoa-ban.png"));
	}

	@Test
	void aCacheThatHasTheBytesGetsNotModified() {
		byte[] png = SampleMedia.png();
		String id = upload(photo(png)).get("id").asString();
		String etag = "\"" + sha256(png) + "\"";

		HttpResponse<byte[]> notModified = send(
				HttpRequest.newBuilder(uri("/media/" + id)).header("If-None-Match", etag).GET());
		HttpResponse<byte[]> changed = send(
				HttpRequest.newBuilder(uri("/media/" + id)).header("If-None-Match", "\"something-else\"").GET());

		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(notModified.headers().firstValue("ETag")).contains(etag);
		assertThat(notModified.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).isEqualTo(png);
	}

	@Test
	void aVideoPlayerGetsTheRangeItAsksFor() {
		byte[] video = new byte[600_000]; // more than two GridFS chunks
		byte[] head = SampleMedia.mp4();
		System.arraycopy(head, 0, video, 0, head.length);
		for (int i = head.length; i < video.length; i++) {
			video[i] = (byte) i;
		}
		String id = upload(Multipart.form().file("file", "clip.mp4", "video/mp4", video)).get("id").asString();

		HttpResponse<byte[]> part = send(
				HttpRequest.newBuilder(uri("/media/" + id)).header("Range", "bytes=300000-300009").GET());

		assertThat(part.statusCode()).isEqualTo(206);
		assertThat(part.headers().firstValue("Content-Type")).contains("video/mp4");
		assertThat(part.headers().firstValue("Content-Range")).contains("bytes 300000-300009/600000");
		assertThat(part.body()).isEqualTo(Arrays.copyOfRange(video, 300_000, 300_010));
	}

	@Test
	void theTypeComesFromTheBytesNotFromTheClient() {
		byte[] jpeg = SampleMedia.jpeg();

		JsonNode media = upload(Multipart.form().file("file", "ảnh-điện-biên.png", "image/png", jpeg));

		assertThat(media.get("contentType").asString()).isEqualTo("image/jpeg");
		assertThat(media.get("filename").asString()).isEqualTo("ảnh-điện-biên.png");
		assertThat(media.get("caption").asString()).isEmpty();
		HttpResponse<byte[]> bytes = send(HttpRequest.newBuilder(uri(media.get("url").asString())).GET());
		assertThat(bytes.headers().firstValue("Content-Type")).contains("image/jpeg");
		assertThat(bytes.body()).isEqualTo(jpeg);
	}

	@Test
	void anUploadIsAnnouncedOnTheMediaTopic() {
		byte[] png = SampleMedia.png();
		String id = upload(photo(png)).get("id").asString();

		var event = TestTopics.awaitRecord(infrastructure(), Topics.MEDIA, record -> id.equals(record.key()),
				Duration.ofSeconds(20));

		assertThat(TestTopics.header(event, "ce_type")).isEqualTo(MediaDescribed.TYPE.name());
		assertThat(TestTopics.header(event, "ce_subject")).isEqualTo(id);
		assertThat(TestTopics.header(event, "ce_source")).isEqualTo("urn:newsroom:media-service");
		JsonNode payload = json(event.value().getBytes(StandardCharsets.UTF_8));
		assertThat(payload.get("mediaId").asString()).isEqualTo(id);
		assertThat(payload.get("contentType").asString()).isEqualTo("image/png");
		assertThat(payload.get("size").asLong()).isEqualTo(png.length);
		assertThat(payload.get("caption").asString()).isEqualTo(CAPTION);
		assertThat(payload.get("credit").asString()).isEqualTo(CREDIT);
		assertThat(payload.get("url").asString()).isEqualTo("/media/" + id);
	}

	@Test
	void anEditorDescribesAPhotoAgainAndTheWholeSnapshotGoesOut() {
		JsonNode uploaded = upload(photo(SampleMedia.webp()).field("alt", "Hoa ban trắng")
			.field("tags", "Điện Biên")
			.field("tags", "Tây Bắc"));
		String id = uploaded.get("id").asString();
		assertThat(uploaded.get("tags").valueStream().map(JsonNode::asString)).containsExactly("Điện Biên", "Tây Bắc");
		assertThat(uploaded.get("focalPoint").get("x").asDouble()).isEqualTo(0.5);

		Response changed = http.patch("/api/admin/media/" + id, """
				{"caption":"Hoa ban nở trắng núi rừng Tây Bắc","tags":["Điện Biên","hoa ban"],
				 "focalPoint":{"x":0.25,"y":0.6}}""", EDITOR);

		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		JsonNode read = http.get("/api/media/" + id).json();
		assertThat(read.get("caption").asString()).isEqualTo("Hoa ban nở trắng núi rừng Tây Bắc");
		assertThat(read.get("credit").asString()).as("left as it was").isEqualTo(CREDIT);
		assertThat(read.get("alt").asString()).isEqualTo("Hoa ban trắng");
		assertThat(read.get("tags").valueStream().map(JsonNode::asString)).containsExactly("Điện Biên", "hoa ban");
		assertThat(read.get("focalPoint").get("x").asDouble()).isEqualTo(0.25);
		assertThat(read.get("focalPoint").get("y").asDouble()).isEqualTo(0.6);
		var event = TestTopics.awaitRecord(infrastructure(), Topics.MEDIA,
				record -> id.equals(record.key()) && record.value().contains("núi rừng"), Duration.ofSeconds(20));
		JsonNode snapshot = json(event.value().getBytes(StandardCharsets.UTF_8));
		assertThat(TestTopics.header(event, "ce_type")).isEqualTo(MediaDescribed.TYPE.name());
		assertThat(snapshot.get("credit").asString()).isEqualTo(CREDIT);
		assertThat(snapshot.get("alt").asString()).isEqualTo("Hoa ban trắng");
		assertThat(snapshot.get("width").asInt()).isEqualTo(40);
		assertThat(snapshot.get("focalPoint").get("x").asDouble()).isEqualTo(0.25);
		assertThat(snapshot.get("url").asString()).isEqualTo("/media/" + id);
	}

	@Test
	void aBadDescriptionIsABadRequestNamingTheFieldAndChangesNothing() {
		String id = upload(photo(SampleMedia.png())).get("id").asString();

		Response outside = http.patch("/api/admin/media/" + id, """
				{"caption":"Mới","focalPoint":{"x":1.5,"y":0.5}}""", EDITOR);
		Response markup = http.patch("/api/admin/media/" + id, """
				{"alt":"<img src=x onerror=alert(1)>"}""", EDITOR);

		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.json().get("errors").findValuesAsString("field")).containsExactly("focalPoint.x");
		assertThat(markup.status()).isEqualTo(400);
		assertThat(markup.json().get("errors").findValuesAsString("field")).containsExactly("alt");
		assertThat(http.get("/api/media/" + id).json().get("caption").asString()).isEqualTo(CAPTION);
	}

	@Test
	void describingUnknownMediaIsNotFoundAndNeedsAnEditor() {
		String id = upload(photo(SampleMedia.png())).get("id").asString();

		assertThat(http.patch("/api/admin/media/no-such-media", "{\"caption\":\"x\"}", EDITOR).status()).isEqualTo(404);
		assertThat(http.patch("/api/admin/media/" + id, "{\"caption\":\"x\"}", TestTokens.bearer("reader", "READER"))
			.status()).isEqualTo(403);
	}

	@Test
	void anItemInUseIsNotDeletedUntilAnAdministratorForcesIt() {
		TestTopics.create(infrastructure(), new NewTopic(Topics.ARTICLES, 3, (short) 1));
		String id = upload(photo(SampleMedia.png())).get("id").asString();
		String articleId = UUID.randomUUID().toString();
		TestTopics.send(infrastructure(),
				TestTopics.cloudEvent(Topics.ARTICLES, articleId, ArticlePublished.TYPE.name(), """
						{"eventId":"%s","occurredAt":"%s","articleId":"%s","revision":2,"slug":"le-ky-niem",
						 "title":"Lễ kỷ niệm 90 năm","lead":"","body":"<p>…</p>","section":"Thời sự","tags":[],
						 "featuredImage":{"mediaId":"%s"},"gallery":[],"videos":[],"related":[],
						 "publishedAt":"%s","updatedAt":"%s"}""".formatted(UUID.randomUUID(), Instant.now(), articleId,
						id, Instant.now(), Instant.now())));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get("/api/admin/media/" + id + "/usage", EDITOR).json().get("articles").size() == 1);

		Response inUse = http.delete("/api/admin/media/" + id, EDITOR);
		Response notAnAdmin = http.delete("/api/admin/media/" + id + "?force=true", EDITOR);

		assertThat(inUse.status()).isEqualTo(409);
		assertThat(inUse.json().at("/articles/0/id").asString()).isEqualTo(articleId);
		assertThat(inUse.json().at("/articles/0/title").asString()).isEqualTo("Lễ kỷ niệm 90 năm");
		assertThat(notAnAdmin.status()).isEqualTo(403);
		assertThat(http.get("/api/media/" + id).status()).isEqualTo(200);

		Response forced = http.delete("/api/admin/media/" + id + "?force=true", ADMIN);

		assertThat(forced.status()).isEqualTo(204);
		assertThat(http.get("/api/media/" + id).status()).isEqualTo(404);
		assertThat(send(HttpRequest.newBuilder(uri("/media/" + id)).GET()).statusCode()).isEqualTo(404);
		var tombstone = TestTopics.awaitRecord(infrastructure(), Topics.MEDIA,
				record -> id.equals(record.key()) && record.value() == null, Duration.ofSeconds(20));
		assertThat(tombstone.value()).isNull();
	}

	@Test
	void anItemNoArticleUsesIsDeletedWithItsBytesAndItsRenditions() {
		String id = upload(photo(SampleMedia.halves("jpeg", 700, 500))).get("id").asString();
		awaitReady(id);
		assertThat(filesOf(id)).as("the photo, w320, w640 and the crop").isEqualTo(4);

		Response deleted = http.delete("/api/admin/media/" + id, EDITOR);

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(http.get("/api/media/" + id).status()).isEqualTo(404);
		assertThat(http.delete("/api/admin/media/" + id, EDITOR).status()).isEqualTo(404);
		assertThat(filesOf(id)).as("GridFS files and their chunks; the item's document stays").isZero();
	}

	@Test
	void aPhotoGetsItsRenditionsEachServedForeverUnderItsVersionedUrl() throws Exception {
		String id = upload(photo(SampleMedia.halves("jpeg", 2000, 1500))).get("id").asString();

		JsonNode ready = awaitReady(id);

		assertThat(ready.get("type").asString()).isEqualTo("image");
		assertThat(ready.get("renditions").propertyNames()).containsExactly("w320", "w640", "w1024", "w1600",
				"crop16x9");
		String w320 = ready.at("/renditions/w320").asString();
		assertThat(w320).matches("/media/" + id + "/w320\\?v=[0-9a-f]{16}");
		HttpResponse<byte[]> bytes = send(HttpRequest.newBuilder(uri(w320)).GET());
		assertThat(bytes.statusCode()).isEqualTo(200);
		assertThat(bytes.headers().firstValue("Content-Type")).contains("image/jpeg");
		assertThat(bytes.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(bytes.headers().allValues("Cache-Control")).containsExactly("public, max-age=31536000, immutable");
		assertThat(bytes.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("inline").contains("hoa-ban-w320.jpg"));
		String etag = bytes.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).isEqualTo("\"" + sha256(bytes.body()) + "\"");
		assertThat(w320).endsWith(sha256(bytes.body()).substring(0, 16));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes.body()));
		assertThat(image.getWidth()).isEqualTo(320);
		assertThat(image.getHeight()).isEqualTo(240);

		HttpResponse<byte[]> unversioned = send(HttpRequest.newBuilder(uri("/media/" + id + "/w320")).GET());
		HttpResponse<byte[]> cached = send(HttpRequest.newBuilder(uri(w320)).header("If-None-Match", etag).GET());
		HttpResponse<byte[]> head = send(HttpRequest.newBuilder(uri(w320)).method("HEAD", BodyPublishers.noBody()));
		assertThat(unversioned.body()).isEqualTo(bytes.body());
		assertThat(unversioned.headers().allValues("Cache-Control")).as("the current bytes, asked again soon")
			.containsExactly("public, max-age=60");
		assertThat(cached.statusCode()).isEqualTo(304);
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(bytes.body().length);
		assertThat(head.body()).isEmpty();
		assertThat(send(HttpRequest.newBuilder(uri("/media/" + id + "/w9999")).GET()).statusCode()).isEqualTo(404);

		var event = TestTopics.awaitRecord(infrastructure(), Topics.MEDIA,
				record -> id.equals(record.key()) && record.value().contains("\"status\":\"ready\""),
				Duration.ofSeconds(20));
		JsonNode snapshot = json(event.value().getBytes(StandardCharsets.UTF_8));
		assertThat(snapshot.get("renditions")).isEqualTo(ready.get("renditions"));
	}

	@Test
	void aNewFocalPointMakesANewCropAroundItAndTheOldOneIsDeleted() throws Exception {
		String id = upload(photo(SampleMedia.halves("jpeg", 2000, 500))).get("id").asString();
		JsonNode first = awaitReady(id);

		Response moved = http.patch("/api/admin/media/" + id, "{\"focalPoint\":{\"x\":0.95,\"y\":0.5}}", EDITOR);

		assertThat(moved.json().get("status").asString()).isEqualTo("pending");
		String firstCrop = first.at("/renditions/crop16x9").asString();
		JsonNode ready = await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get("/api/media/" + id).json(), media -> media.get("status").asString().equals("ready")
					&& !media.at("/renditions/crop16x9").asString().equals(firstCrop));
		BufferedImage crop = ImageIO.read(new ByteArrayInputStream(
				send(HttpRequest.newBuilder(uri(ready.at("/renditions/crop16x9").asString())).GET()).body()));
		assertThat(SampleMedia.ofTheRightHalf(crop.getRGB(10, 250))).as("the right half in view").isTrue();
		assertThat(ready.at("/renditions/w320")).as("the widths stay as they were")
			.isEqualTo(first.at("/renditions/w320"));
		assertThat(filesOf(id)).as("the photo, four widths and one crop").isEqualTo(6);
	}

	@Test
	void aVideoSaysHowLongItLastsFromItsHeader() {
		JsonNode mp4 = upload(Multipart.form().file("file", "a.mp4", "video/mp4", SampleMedia.mp4Lasting(95.5)));
		JsonNode webm = upload(Multipart.form().file("file", "a.webm", "video/webm", SampleMedia.webmLasting(61)));

		assertThat(mp4.get("duration").asDouble()).isEqualTo(95.5);
		assertThat(webm.get("duration").asDouble()).isEqualTo(61.0);
		assertThat(http.get("/api/media/" + mp4.get("id").asString()).json().get("duration").asDouble())
			.isEqualTo(95.5);
	}

	@Test
	void aVideoOfAnotherSiteIsEmbeddedByItsIdAndNeverFetched() {
		Response embedded = http.post("/api/admin/media/embeds",
				"""
						{"url":"https://youtu.be/dQw4w9WgXcQ?si=tracking","caption":"Phóng sự: mùa lúa chín","credit":"Đài tỉnh"}""",
				EDITOR);

		assertThat(embedded.status()).as(embedded.text()).isEqualTo(201);
		JsonNode video = embedded.json();
		String id = video.get("id").asString();
		assertThat(video.get("type").asString()).isEqualTo("embed");
		assertThat(video.get("url").asString()).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
		assertThat(video.get("embedUrl").asString()).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
		assertThat(video.get("caption").asString()).isEqualTo("Phóng sự: mùa lúa chín");
		assertThat(video.get("status").asString()).isEqualTo("ready");
		assertThat(http.get("/api/media/" + id).json().get("embedUrl").asString()).endsWith("/embed/dQw4w9WgXcQ");
		assertThat(send(HttpRequest.newBuilder(uri("/media/" + id)).GET()).statusCode()).as("no bytes of it here")
			.isEqualTo(404);

		Response elsewhere = http.post("/api/admin/media/embeds", """
				{"url":"https://videos.example/watch?v=dQw4w9WgXcQ"}""", EDITOR);
		Response script = http.post("/api/admin/media/embeds", """
				{"url":"javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ"}""", EDITOR);
		assertThat(elsewhere.status()).isEqualTo(400);
		assertThat(elsewhere.json().get("errors").findValuesAsString("field")).containsExactly("url");
		assertThat(script.status()).isEqualTo(400);
	}

	@Test
	void aVideoHasAPosterPhotoAndIsOnTheVideoListOnlyWhileAPublisherHasItThere() {
		String poster = upload(photo(SampleMedia.png())).get("id").asString();
		JsonNode video = upload(Multipart.form()
			.file("file", "phong-su.mp4", "video/mp4", SampleMedia.mp4())
			.field("caption", "Phóng sự")
			.field("poster", poster));
		String id = video.get("id").asString();
		String embed = http.post("/api/admin/media/embeds", """
				{"url":"https://vimeo.com/76979871","poster":"%s"}""".formatted(poster), EDITOR)
			.json()
			.get("id")
			.asString();

		assertThat(video.get("type").asString()).isEqualTo("video");
		assertThat(video.at("/poster/mediaId").asString()).isEqualTo(poster);
		assertThat(video.at("/poster/url").asString()).isEqualTo("/media/" + poster);
		assertThat(video.get("publishedAt").isNull()).isTrue();
		assertThat(listedVideos()).doesNotContain(id, embed);
		assertThat(http.post("/api/admin/media/" + id + "/publish", "", EDITOR).status()).isEqualTo(403);

		Response published = http.post("/api/admin/media/" + id + "/publish", "", PUBLISHER);
		assertThat(http.post("/api/admin/media/" + embed + "/publish", "", PUBLISHER).status()).isEqualTo(200);

		assertThat(published.status()).isEqualTo(200);
		assertThat(published.json().get("publishedAt").asString()).isNotBlank();
		assertThat(listedVideos()).as("the last published first").containsSubsequence(embed, id);
		assertThat(http.get("/api/media?type=video&limit=1").json().size()).isEqualTo(1);
		var event = TestTopics.awaitRecord(infrastructure(), Topics.MEDIA,
				record -> id.equals(record.key()) && record.value().contains("\"publishedAt\":\"2"),
				Duration.ofSeconds(20));
		assertThat(event.value()).contains("\"posterId\":\"" + poster + "\"", "\"type\":\"video\"");

		assertThat(http.post("/api/admin/media/" + id + "/unpublish", "", PUBLISHER).status()).isEqualTo(200);
		assertThat(listedVideos()).doesNotContain(id).contains(embed);
	}

	@Test
	void aPosterMustBeAPhotoOfTheLibraryAndOnlyAVideoHasOneAndOnlyAVideoIsPublished() {
		String photo = upload(photo(SampleMedia.png())).get("id").asString();
		String video = upload(Multipart.form().file("file", "v.mp4", "video/mp4", SampleMedia.mp4())).get("id")
			.asString();

		Response unknownPoster = post(Multipart.form()
			.file("file", "v.mp4", "video/mp4", SampleMedia.mp4())
			.field("poster", "no-such-photo"));
		Response videoAsPoster = http.patch("/api/admin/media/" + video, "{\"poster\":\"" + video + "\"}", EDITOR);
		Response photoWithPoster = http.patch("/api/admin/media/" + photo, "{\"poster\":\"" + photo + "\"}", EDITOR);
		Response publishedPhoto = http.post("/api/admin/media/" + photo + "/publish", "", PUBLISHER);
		Response photoList = http.get("/api/media?type=image");

		assertThat(unknownPoster.status()).isEqualTo(400);
		assertThat(unknownPoster.json().get("errors").findValuesAsString("field")).containsExactly("poster");
		assertThat(videoAsPoster.status()).isEqualTo(400);
		assertThat(photoWithPoster.status()).isEqualTo(400);
		assertThat(photoWithPoster.json().get("errors").findValuesAsString("field")).containsExactly("poster");
		assertThat(publishedPhoto.status()).isEqualTo(409);
		assertThat(photoList.status()).isEqualTo(400);
		assertThat(http.patch("/api/admin/media/" + video, "{\"poster\":\"" + photo + "\"}", EDITOR)
			.json()
			.at("/poster/mediaId")
			.asString()).isEqualTo(photo);
		assertThat(http.patch("/api/admin/media/" + video, "{\"poster\":\"\"}", EDITOR).json().get("poster").isNull())
			.as("taken away")
			.isTrue();
	}

	@Test
	void withoutATokenUploadingIsUnauthorized() {
		Multipart form = photo(SampleMedia.png());

		Response response = http.post("/api/admin/media", form.contentType(), form.body(), null);

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("status").asInt()).isEqualTo(401);
	}

	@Test
	void aReaderWithoutTheEditorRoleMayNotUpload() {
		Multipart form = photo(SampleMedia.png());

		Response response = http.post("/api/admin/media", form.contentType(), form.body(),
				TestTokens.bearer("reader", "READER"));

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aTextFileIsAnUnsupportedMediaTypeNamingTheFile() {
		byte[] html = SampleMedia.text("<html><body>Không phải ảnh</body></html>");

		Response response = post(
				Multipart.form().file("file", "bai-viet.jpg", "image/jpeg", html).field("caption", CAPTION));

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("file");
	}

	static Stream<Arguments> hostileFiles() {
		return Stream.of(Arguments.of("a truncated JPEG", "anh.jpg", SampleMedia.truncatedJpeg(), 422),
				Arguments.of("a decompression bomb", "bom.png", SampleMedia.pngDeclaring(50_000, 50_000), 422),
				Arguments.of("a JPEG with megabytes of EXIF", "anh.jpg", SampleMedia.jpegWithExifSegments(40), 422),
				Arguments.of("a PNG signature before a web page", "anh.png", SampleMedia.pngSignatureThenHtml(), 422),
				Arguments.of("a JPEG that is also a web page", "anh.jpg", SampleMedia.jpegHoldingHtml(), 415),
				Arguments.of("an SVG with a script", "logo.svg", SampleMedia.svgWithScript(), 415),
				Arguments.of("a web page named .png", "anh.png",
						SampleMedia.text("<!DOCTYPE html><html><body>Không phải ảnh</body></html>"), 415),
				Arguments.of("a PDF named .jpg", "anh.jpg", SampleMedia.text("%PDF-1.7\n1 0 obj\n"), 415));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileFiles")
	void aHostileFileGetsAClearAnswerNamingTheFileAndNothingIsStored(String what, String filename, byte[] bytes,
			int status) {
		long storedBefore = stored();

		Response response = post(
				Multipart.form().file("file", filename, "image/jpeg", bytes).field("caption", CAPTION));

		assertThat(response.status()).as(response.text()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("file");
		assertThat(stored()).as("media items and GridFS files and chunks").isEqualTo(storedBefore);
	}

	@Test
	void whereAPhotoWasTakenIsNeverServed() {
		byte[] withGps = SampleMedia.jpegWithGps();

		JsonNode media = upload(Multipart.form().file("file", "hien-truong.jpg", "image/jpeg", withGps));
		HttpResponse<byte[]> served = send(HttpRequest.newBuilder(uri(media.get("url").asString())).GET());

		assertThat(new String(served.body(), StandardCharsets.ISO_8859_1)).doesNotContain(SampleMedia.PLACE);
		assertThat(served.body()).isEqualTo(SampleMedia.jpeg());
		assertThat(media.get("size").asLong()).isEqualTo(served.body().length);
		assertThat(served.headers().firstValue("ETag")).contains("\"" + sha256(served.body()) + "\"");
	}

	@Test
	void aPhotoIsStoredWithItsSizeInPixels() {
		JsonNode media = upload(photo(SampleMedia.webp()));

		assertThat(media.get("contentType").asString()).isEqualTo("image/webp");
		assertThat(media.get("width").asInt()).isEqualTo(40);
		assertThat(media.get("height").asInt()).isEqualTo(30);
	}

	/**
	 * A browser sends a line break in a filename as {@code %0D%0A}; a raw one ends the
	 * part's header line, and what follows is no part of the name.
	 */
	@Test
	void aFilenameIsKeptAsHarmlessTextAndSentBackEscaped() {
		JsonNode encoded = upload(Multipart.form()
			.file("file", "../../etc/passwd%0D%0ASet-Cookie: a=b.jpg", "image/jpeg", SampleMedia.jpeg()));
		JsonNode raw = upload(Multipart.form()
			.file("file", "../../etc/passwd\r\nSet-Cookie: a=b.jpg", "image/jpeg", SampleMedia.jpeg()));

		assertThat(encoded.get("filename").asString()).isEqualTo("passwd%0D%0ASet-Cookie: a=b.jpg");
		assertThat(raw.get("filename").asString()).isEqualTo("passwd");
		HttpResponse<byte[]> bytes = send(HttpRequest.newBuilder(uri(encoded.get("url").asString())).GET());
		assertThat(bytes.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(bytes.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				disposition -> assertThat(disposition).startsWith("inline; filename=").doesNotContain("\r", "\n", "/"));
	}

	@Test
	void markupInACaptionOrCreditIsABadRequestNamingTheField() {
		Response caption = post(Multipart.form()
			.file("file", "a.png", "image/png", SampleMedia.png())
			.field("caption", "Hoa ban <script>alert(1)</script>"));
		Response credit = post(Multipart.form()
			.file("file", "a.png", "image/png", SampleMedia.png())
			.field("credit", "<b>Lê Minh</b>"));

		assertThat(caption.status()).isEqualTo(400);
		assertThat(caption.json().get("errors").findValuesAsString("field")).containsExactly("caption");
		assertThat(credit.status()).isEqualTo(400);
		assertThat(credit.json().get("errors").findValuesAsString("field")).containsExactly("credit");
	}

	/**
	 * The upload is cut off halfway: the service must neither keep what it had read nor
	 * store part of it. It is done with the request once it has handled it, which it
	 * announces.
	 */
	@Test
	void anUploadCutOffHalfwayLeavesNothingBehind() throws Exception {
		long storedBefore = stored();
		List<ServletRequestHandledEvent> handled = new CopyOnWriteArrayList<>();
		context.addApplicationListener((ApplicationListener<ServletRequestHandledEvent>) handled::add);
		Multipart form = photo(aPngOf(8 * 1024 * 1024));
		byte[] body = form.bytes();

		try (var socket = new java.net.Socket("localhost", port)) {
			var out = socket.getOutputStream();
			out.write(("POST /api/admin/media HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + EDITOR
					+ "\r\nContent-Type: " + form.contentType() + "\r\nContent-Length: " + body.length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(body, 0, body.length / 2);
			out.flush();
		}

		await().atMost(Duration.ofSeconds(30))
			.until(() -> handled.stream().anyMatch(request -> request.getRequestUrl().equals("/api/admin/media")));
		assertThat(stored()).as("media items and GridFS files and chunks").isEqualTo(storedBefore);
	}

	/**
	 * Media items, GridFS files and GridFS chunks, all told; not the renditions, which
	 * other tests' photos may be given meanwhile.
	 */
	private long stored() {
		List<Object> uploads = mongo.getCollection("fs.files")
			.find(new Document("metadata.rendition", new Document("$exists", false)))
			.map(file -> file.get("_id"))
			.into(new ArrayList<>());
		return mongo.getCollection("media").countDocuments() + uploads.size() + mongo.getCollection("fs.chunks")
			.countDocuments(new Document("files_id", new Document("$in", uploads)));
	}

	/**
	 * The GridFS files of an item, its renditions' included; each has its chunks, and
	 * none of their chunks is left without its file.
	 */
	private long filesOf(String id) {
		List<Object> files = mongo.getCollection("fs.files")
			.find(new Document("metadata.mediaId", id))
			.map(file -> file.get("_id"))
			.into(new ArrayList<>());
		long chunks = mongo.getCollection("fs.chunks")
			.countDocuments(new Document("files_id", new Document("$in", files)));
		assertThat(chunks).isGreaterThanOrEqualTo(files.size());
		return files.size();
	}

	private List<String> listedVideos() {
		return http.get("/api/media?type=video&limit=50")
			.json()
			.valueStream()
			.map(video -> video.get("id").asString())
			.toList();
	}

	private JsonNode awaitReady(String id) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get("/api/media/" + id).json(), media -> media.get("status").asString().equals("ready"));
	}

	private static JsonNode withoutRenditions(JsonNode media) {
		ObjectNode copy = (ObjectNode) media.deepCopy();
		copy.remove(List.of("renditions", "status"));
		return copy;
	}

	@Test
	void aMissingFileIsABadRequestNamingTheFile() {
		Response response = post(Multipart.form().field("caption", CAPTION).field("credit", CREDIT));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("file");
	}

	@Test
	void anEmptyFileIsABadRequestNamingTheFile() {
		Response response = post(Multipart.form().file("file", "empty.png", "image/png", new byte[0]));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("file");
	}

	@Test
	void anOverlongCaptionOrCreditIsABadRequestNamingTheField() {
		Response caption = post(Multipart.form()
			.file("file", "hoa-ban.png", "image/png", SampleMedia.png())
			.field("caption", "Hoa ban ".repeat(130)));
		Response twice = post(photo(SampleMedia.png()).field("caption", "Hoa ban"));
		Response credit = post(Multipart.form()
			.file("file", "hoa-ban.png", "image/png", SampleMedia.png())
			.field("credit", "Ảnh: " + "Lê Minh ".repeat(30)));

		assertThat(caption.status()).isEqualTo(400);
		assertThat(caption.json().get("errors").findValuesAsString("field")).containsExactly("caption");
		assertThat(credit.status()).isEqualTo(400);
		assertThat(credit.json().get("errors").findValuesAsString("field")).containsExactly("credit");
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.json().get("errors").findValuesAsString("field")).containsExactly("caption");
	}

	@Test
	void aCaptionIsMeasuredAsStoredInNfc() {
		String decomposed = "e\u0323\u0302".repeat(1000); // 3000 chars as typed, 1000 "ệ"
															// as stored

		Response response = post(Multipart.form()
			.file("file", "hoa-ban.png", "image/png", SampleMedia.png())
			.field("caption", decomposed));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("caption").asString()).isEqualTo("ệ".repeat(1000));
	}

	@Test
	void aFileJustOverTheLimitIsContentTooLarge() {
		byte[] overTheLimit = aPngOf(20 * 1024 * 1024 + 1);

		Response response = post(Multipart.form().file("file", "qua-lon.png", "image/png", overTheLimit));

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("status").asInt()).isEqualTo(413);
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("file");
	}

	@Test
	void aFileFarOverTheLimitIsRefusedWithoutBeingReadWhole() throws Exception {
		long declared = 2L * 1024 * 1024 * 1024;
		long sent = 0;
		String answer;
		try (var socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			var out = socket.getOutputStream();
			out.write(("POST /api/admin/media HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + EDITOR
					+ "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + declared + "\r\n\r\n")
				.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			byte[] chunk = new byte[64 * 1024];
			try {
				while (sent < declared) {
					out.write(chunk);
					sent += chunk.length;
				}
			}
			catch (java.io.IOException closedByTheService) {
				// what it would not read
			}
			answer = new String(socket.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
		}

		assertThat(answer).isEqualTo("HTTP/1.1 413");
		assertThat(sent).as("bytes taken before the service closed the connection").isLessThan(32L * 1024 * 1024);
	}

	/**
	 * A photo's limit is known from its first bytes: what is sent beyond it is not read,
	 * though a video may be 25 times as large.
	 */
	@Test
	void aPhotoOverItsLimitIsRefusedAtItsLimitNotAtTheVideoLimit() throws Exception {
		long declared = 400L * 1024 * 1024;
		long sent = 0;
		String answer;
		try (var socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			var out = socket.getOutputStream();
			byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.jpg\"\r\n"
					+ "Content-Type: image/jpeg\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII);
			out.write(("POST /api/admin/media HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + EDITOR
					+ "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + declared + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(head);
			out.write(SampleMedia.jpeg());
			byte[] chunk = new byte[64 * 1024];
			try {
				while (sent < declared) {
					out.write(chunk);
					sent += chunk.length;
				}
			}
			catch (IOException closedByTheService) {
				// what it would not read
			}
			answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
		}

		assertThat(answer).isEqualTo("HTTP/1.1 413");
		assertThat(sent).as("bytes taken before the service closed the connection: the 20 MB limit and buffers")
			.isLessThan(60L * 1024 * 1024);
	}

	@Test
	void anUnreadableMultipartBodyIsABadRequestNamingTheFile() {
		Response response = http.post("/api/admin/media", "multipart/form-data",
				BodyPublishers.ofString("không có ranh giới"), EDITOR);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("file");
	}

	@Test
	void unknownMediaIsNotFound() {
		Response metadata = http.get("/api/media/khong-co");
		Response bytes = http.get("/media/khong-co");

		assertThat(metadata.status()).isEqualTo(404);
		assertThat(metadata.contentType()).startsWith("application/problem+json");
		assertThat(bytes.status()).isEqualTo(404);
		assertThat(bytes.contentType()).startsWith("application/problem+json");
	}

	@Test
	void reportsHealthForOperators() {
		assertThat(http.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
	}

	private static Multipart photo(byte[] bytes) {
		return Multipart.form()
			.file("file", "hoa-ban.png", "image/png", bytes)
			.field("caption", CAPTION)
			.field("credit", CREDIT);
	}

	private static byte[] aPngOf(int size) {
		byte[] bytes = new byte[size];
		byte[] png = SampleMedia.png();
		System.arraycopy(png, 0, bytes, 0, png.length);
		return bytes;
	}

	private Response post(Multipart form) {
		return http.post("/api/admin/media", form.contentType(), form.body(), EDITOR);
	}

	private JsonNode upload(Multipart form) {
		Response created = post(form);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) {
		try {
			return client.send(request.timeout(Duration.ofSeconds(20)).build(), BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode json(byte[] bytes) {
		return JsonMapper.builder().build().readTree(bytes);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
