package dev.newsroom.media.galleries;

import java.time.Duration;
import java.util.List;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.media.GalleryPublished;
import dev.newsroom.contracts.media.GalleryUnpublished;
import dev.newsroom.media.Multipart;
import dev.newsroom.media.SampleMedia;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestHttp;
import dev.newsroom.testsupport.TestHttp.Response;
import dev.newsroom.testsupport.TestTokens;
import dev.newsroom.testsupport.TestTopics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class GalleryIntegrationTest {

	static final String EDITOR = TestTokens.bearer("lan", "EDITOR");

	static final String PUBLISHER = TestTokens.bearer("minh", "EDITOR", "PUBLISHER");

	static final String ADMIN = TestTokens.bearer("hoa", "EDITOR", "ADMIN");

	@LocalServerPort
	int port;

	TestHttp http;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		Infrastructure.embedded().register(registry);
	}

	@BeforeEach
	void connect() {
		http = new TestHttp("http://localhost:" + port);
	}

	@Test
	void anEditorPutsAGalleryTogetherAPublisherPublishesItAndReadersSeeItsPhotos() {
		String first = photo("Quang cảnh buổi lễ", "Đăng Vũ");
		String second = photo("Đại biểu dự lễ", "Lê Minh");

		Response created = http.post("/api/admin/galleries", """
				{"title":"Lễ kỷ niệm 90 năm ngày truyền thống",
				 "items":[{"mediaId":"%s"},{"mediaId":"%s","caption":"Các đại biểu chụp ảnh lưu niệm"}]}"""
			.formatted(first, second), EDITOR);

		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("status").asString()).isEqualTo("draft");
		assertThat(http.get("/api/galleries/" + id).status()).as("a draft is not public").isEqualTo(404);
		assertThat(http.post("/api/admin/galleries/" + id + "/publish", "", EDITOR).status())
			.as("publishing is a publisher's")
			.isEqualTo(403);

		Response published = http.post("/api/admin/galleries/" + id + "/publish", "", PUBLISHER);

		assertThat(published.status()).isEqualTo(200);
		JsonNode read = http.get("/api/galleries/" + id).json();
		assertThat(read.get("title").asString()).isEqualTo("Lễ kỷ niệm 90 năm ngày truyền thống");
		assertThat(read.at("/items/0/mediaId").asString()).isEqualTo(first);
		assertThat(read.at("/items/0/caption").asString()).as("the photo's own").isEqualTo("Quang cảnh buổi lễ");
		assertThat(read.at("/items/0/credit").asString()).isEqualTo("Đăng Vũ");
		assertThat(read.at("/items/0/url").asString()).isEqualTo("/media/" + first);
		assertThat(read.at("/items/1/caption").asString()).as("the gallery's")
			.isEqualTo("Các đại biểu chụp ảnh lưu niệm");
		assertThat(read.get("publishedAt").asString()).isNotBlank();

		var event = TestTopics.awaitRecord(Infrastructure.embedded(), Topics.GALLERIES,
				record -> id.equals(record.key()), Duration.ofSeconds(20));
		assertThat(TestTopics.header(event, "ce_type")).isEqualTo(GalleryPublished.TYPE.name());
		assertThat(event.value()).contains("\"revision\":1", first, "Các đại biểu chụp ảnh lưu niệm");
	}

	@Test
	void readersGetTheLastPublishedFirstEachWithItsCoverAndCount() {
		String photo = photo("Hoa ban", "Lê Minh");
		String older = publishedGallery("Mùa hoa ban", photo);
		String newer = publishedGallery("Chợ phiên vùng cao", photo, photo);
		String draft = gallery("Nháp", photo);

		Response list = http.get("/api/galleries?limit=50");

		assertThat(list.status()).isEqualTo(200);
		List<String> ids = list.json().valueStream().map(gallery -> gallery.get("id").asString()).toList();
		assertThat(ids).containsSubsequence(newer, older).doesNotContain(draft);
		JsonNode first = list.json().get(ids.indexOf(newer));
		assertThat(first.get("count").asInt()).isEqualTo(2);
		assertThat(first.at("/cover/mediaId").asString()).isEqualTo(photo);
		assertThat(http.get("/api/galleries?limit=1").json().size()).isEqualTo(1);
		assertThat(http.get("/api/galleries?limit=0").status()).isEqualTo(400);
	}

	@Test
	void anEditWhilePublishedShowsAtOnceAndUnpublishingTakesItOff() {
		String photo = photo("Hoa ban", "Lê Minh");
		String id = publishedGallery("Mùa hoa ban", photo);

		Response edited = http.put("/api/admin/galleries/" + id, """
				{"title":"Mùa hoa ban Tây Bắc","items":[{"mediaId":"%s"}]}""".formatted(photo), EDITOR);

		assertThat(edited.status()).isEqualTo(200);
		assertThat(http.get("/api/galleries/" + id).json().get("title").asString()).isEqualTo("Mùa hoa ban Tây Bắc");

		assertThat(http.post("/api/admin/galleries/" + id + "/unpublish", "", PUBLISHER).status()).isEqualTo(200);

		assertThat(http.get("/api/galleries/" + id).status()).isEqualTo(404);
		var event = TestTopics.awaitRecord(Infrastructure.embedded(), Topics.GALLERIES,
				record -> id.equals(record.key()) && record.value() != null
						&& GalleryUnpublished.TYPE.name().equals(TestTopics.header(record, "ce_type")),
				Duration.ofSeconds(20));
		assertThat(event.value()).contains("\"revision\":3");
	}

	@Test
	void aDeletedGalleryIsGoneAndItsKeyTombstoned() {
		String id = publishedGallery("Mùa hoa ban", photo("Hoa ban", "Lê Minh"));

		assertThat(http.delete("/api/admin/galleries/" + id, PUBLISHER).status()).isEqualTo(204);

		assertThat(http.get("/api/galleries/" + id).status()).isEqualTo(404);
		assertThat(http.get("/api/admin/galleries/" + id, EDITOR).status()).isEqualTo(404);
		var tombstone = TestTopics.awaitRecord(Infrastructure.embedded(), Topics.GALLERIES,
				record -> id.equals(record.key()) && record.value() == null, Duration.ofSeconds(20));
		assertThat(tombstone.value()).isNull();
	}

	@Test
	void aPhotoTheLibraryDoesNotHaveOrAVideoIsABadRequestNamingTheItem() {
		String photo = photo("Hoa ban", "Lê Minh");
		String video = upload(Multipart.form().file("file", "phong-su.mp4", "video/mp4", SampleMedia.mp4()));

		Response refused = http.post("/api/admin/galleries", """
				{"title":"Ảnh","items":[{"mediaId":"%s"},{"mediaId":"no-such-photo"},{"mediaId":"%s"}]}"""
			.formatted(photo, video), EDITOR);
		Response markup = http.post("/api/admin/galleries", """
				{"title":"<b>Ảnh</b>","items":[]}""", EDITOR);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("items[1].mediaId",
				"items[2].mediaId");
		assertThat(markup.status()).isEqualTo(400);
		assertThat(markup.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("title", "items");
	}

	@Test
	void aPhotoOfAPublishedGalleryIsDeletedOnlyByAnAdministratorAndThenLeftOut() {
		String kept = photo("Hoa ban", "Lê Minh");
		String deleted = photo("Chợ phiên", "Đăng Vũ");
		String id = publishedGallery("Tây Bắc", kept, deleted);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> http.get("/api/admin/media/" + deleted + "/usage", EDITOR)
				.json()
				.get("galleries")
				.size() == 1);

		Response inUse = http.delete("/api/admin/media/" + deleted, EDITOR);

		assertThat(inUse.status()).isEqualTo(409);
		assertThat(inUse.json().at("/galleries/0/id").asString()).isEqualTo(id);
		assertThat(inUse.json().at("/galleries/0/title").asString()).isEqualTo("Tây Bắc");
		assertThat(http.delete("/api/admin/media/" + deleted + "?force=true", ADMIN).status()).isEqualTo(204);

		JsonNode read = http.get("/api/galleries/" + id).json();
		assertThat(read.get("items").findValuesAsString("mediaId")).containsExactly(kept);
	}

	private String publishedGallery(String title, String... photos) {
		String id = gallery(title, photos);
		assertThat(http.post("/api/admin/galleries/" + id + "/publish", "", PUBLISHER).status()).isEqualTo(200);
		return id;
	}

	private String gallery(String title, String... photos) {
		String items = String.join(",", List.of(photos).stream().map("{\"mediaId\":\"%s\"}"::formatted).toList());
		Response created = http.post("/api/admin/galleries",
				"{\"title\":\"%s\",\"items\":[%s]}".formatted(title, items), EDITOR);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private String photo(String caption, String credit) {
		return upload(Multipart.form()
			.file("file", "anh.png", "image/png", SampleMedia.png())
			.field("caption", caption)
			.field("credit", credit));
	}

	private String upload(Multipart form) {
		Response created = http.post("/api/admin/media", form.contentType(), form.body(), EDITOR);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("id").asString();
	}

}
