package dev.newsroom.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import dev.newsroom.client.Article;
import dev.newsroom.client.Media;
import dev.newsroom.client.NewArticle;
import dev.newsroom.client.NewsroomClient;
import dev.newsroom.client.NewsroomException;
import dev.newsroom.client.PublishedArticle;
import dev.newsroom.stack.LocalStack;
import dev.newsroom.testsupport.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.awaitility.Awaitility.await;

/**
 * The whole system as operators run it: a Kafka broker, three MongoDB-wire servers and
 * the four services (article-service twice), each its own process on free ports, driven
 * through the gateway with the Java client.
 */
class NewsroomSystemTest {

	@TempDir
	static Path var;

	static LocalStack stack;

	@BeforeAll
	static void startTheStack() {
		stack = TestStacks.configure(var).scale("article-service", 2).start();
	}

	@AfterAll
	static void stopTheStack() {
		if (stack != null) {
			stack.stop();
		}
	}

	@Test
	void anEditorWritesAPublisherPublishesVisitorsReadAndAreCounted() {
		try (var editor = client(); var publisher = client(); var visitor = client(); var another = client()) {
			editor.login("editor", stack.password("editor"));
			publisher.login("publisher", stack.password("publisher"));

			Article draft = editor.createArticle(new NewArticle("Lâm Đồng: Đà Lạt rực rỡ mùa hoa dã quỳ",
					"Những ngày cuối tháng 11, hoa dã quỳ nhuộm vàng các triền đồi.",
					"<h2>Mùa hoa</h2><p>Thân bài…</p>", "Du lịch", List.of("Đà Lạt", "dã quỳ")));
			assertThat(draft.status()).isEqualTo("DRAFT");
			assertThat(draft.slug()).isEqualTo("lam-dong-da-lat-ruc-ro-mua-hoa-da-quy");
			assertThatThrownBy(() -> visitor.article(draft.slug())).isInstanceOfSatisfying(NewsroomException.class,
					ex -> assertThat(ex.status()).isEqualTo(404));

			Article published = publisher.publish(draft.id());
			assertThat(published.status()).isEqualTo("PUBLISHED");

			// the gateway kept the draft's 404 for its second: readers see the article
			// within it
			PublishedArticle read = await().atMost(Duration.ofSeconds(3))
				.pollInterval(Duration.ofMillis(100))
				.ignoreExceptions()
				.until(() -> visitor.article(draft.slug()), article -> true);
			assertThat(read.title()).isEqualTo("Lâm Đồng: Đà Lạt rực rỡ mùa hoa dã quỳ");
			assertThat(read.tags()).containsExactly("Đà Lạt", "dã quỳ");
			assertThat(read.viewCount()).isZero();
			assertThat(visitor.articles("Du lịch").items()).extracting(item -> item.id()).contains(draft.id());

			// viewed at once, before the view counter may have heard of the article from
			// articles.v1: its first views are held until it has, not lost. A reader's
			// first view gives it the visitor id it sends with the next ones; a second
			// reader, on a client of its own (the id comes back as a cookie too, which a
			// client keeping cookies sends), keeps the id it got for another article.
			String firstReader = visitor.recordView(draft.id(), null);
			visitor.recordView(draft.id(), firstReader);
			String secondReader = another.recordView(UUID.randomUUID().toString(), null);
			another.recordView(draft.id(), secondReader);
			await().atMost(Duration.ofSeconds(30))
				.ignoreExceptions()
				.until(() -> visitor.viewCount(draft.id()).total() == 2);
			assertThat(visitor.viewCount(draft.id()).today()).isEqualTo(2);
			await().atMost(Duration.ofSeconds(30)).until(() -> visitor.article(draft.slug()).viewCount() == 2);
		}
	}

	@Test
	void readersLoseNoReadWhileAnArticleServiceInstanceIsKilled() throws InterruptedException {
		String slug;
		try (var editor = client(); var publisher = client()) {
			editor.login("editor", stack.password("editor"));
			publisher.login("publisher", stack.password("publisher"));
			Article draft = editor.createArticle(new NewArticle("Hai bản chạy song song, một bản ngừng đột ngột",
					"Bạn đọc không hay biết.", "<p>Thân bài…</p>", "Thời sự", List.of()));
			slug = publisher.publish(draft.id()).slug();
		}
		var gateway = new TestHttp(stack.gatewayUrl());
		// only the start of the load: as long as a loaded machine takes
		await().atMost(Duration.ofSeconds(30)).until(() -> gateway.get("/api/articles/" + slug).status() == 200);

		ReadLoad reads = ReadLoad.start(stack.gatewayUrl(), "/api/articles/" + slug, 16);
		try {
			// the instance to kill is in the gateway's turns, so reads are on their way
			// to
			// it when it dies
			await().atMost(Duration.ofSeconds(60)).until(() -> readsServed("article-service-2") >= 50);
			stack.kill("article-service-2");
			long atTheKill = reads.succeeded();
			await().atMost(Duration.ofSeconds(60))
				.until(() -> reads.succeeded() >= atTheKill + 500 || !reads.failures().isEmpty());
		}
		finally {
			reads.close();
			stack.restart("article-service-2");
		}
		assertThat(reads.failures()).as("reads that failed or were answered with an error").isEmpty();

		// back on its port, the restarted instance takes its turns again
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			gateway.get("/api/articles/" + slug + "?after=" + System.nanoTime());
			return readsServed("article-service-2") > 0;
		});
	}

	/**
	 * Each service was unpacked and its class data archive trained before it started (by
	 * this stack, or by the test run's stack before it, in the images they share); a JVM
	 * that could not use an archive would still start, only slower, so this looks at what
	 * each one has mapped.
	 */
	@Test
	void everyServiceStartsFromItsClassDataArchive() {
		Path processes = Path.of("/proc");
		assumeTrue(Files.isDirectory(processes), "needs /proc to see what a process has mapped");
		Map<String, String> serviceOfProcess = Map.of("article-service", "article-service", "article-service-2",
				"article-service", "media-service", "media-service", "view-counter-service", "view-counter-service",
				"gateway", "gateway");
		serviceOfProcess.forEach((process, service) -> {
			Path archive = TestStacks.IMAGES.resolve(service).resolve(service + ".jsa");
			try {
				assertThat(Files.readString(processes.resolve(String.valueOf(stack.pid(process))).resolve("maps")))
					.as(process)
					.contains(archive.toRealPath().toString());
			}
			catch (IOException ex) {
				throw new AssertionError(process + " has no class data archive to map: " + ex, ex);
			}
		});
	}

	/**
	 * The model page's article, built through the gateway as an office would: photos
	 * uploaded with captions and credits, a signature, a gallery, related news; read back
	 * as visitors get it, with every photo's caption from media.v1; and its twin
	 * scheduled a few seconds ahead, going live by itself.
	 */
	@Test
	void aFullArticleOfTheModelPageAndItsScheduledTwin() throws IOException {
		var http = new TestHttp(stack.gatewayUrl());
		String editor = "Bearer " + token(http, "editor");
		String publisher = "Bearer " + token(http, "publisher");
		List<String> photos;
		try (var client = client()) {
			client.login("editor", stack.password("editor"));
			photos = List.of(
					client.upload("giay-khen.png", aPng(), "Trao giấy khen cho các tập thể", "Ảnh: Đăng Vũ").id(),
					client.upload("quang-canh.png", aPng(), "Quang cảnh buổi lễ", "Ảnh: Đăng Vũ").id(),
					client.upload("dai-bieu.png", aPng(), "Các đại biểu dự lễ", "Ảnh: Minh Châu").id());
		}
		String related = http.post("/api/admin/articles", """
				{"title":"Văn phòng Tỉnh ủy sơ kết công tác","body":"<p>…</p>","section":"Xây dựng Đảng"}""", editor)
			.json()
			.get("id")
			.asString();
		assertThat(http.post("/api/admin/articles/" + related + "/publish", null, publisher).status()).isEqualTo(200);
		String article = """
				{"title":"Kỷ niệm 90 năm Ngày truyền thống Văn phòng cấp ủy","lead":"Sáng 16/10, lễ kỷ niệm.",
				 "body":"<h2>Truyền thống vẻ vang</h2><p>Đoạn một.</p><figure><img src=\\"/media/%s\\" alt=\\"Trao giấy khen\\"><figcaption>Trao giấy khen. Ảnh: Đăng Vũ</figcaption></figure>",
				 "section":"Xây dựng Đảng","tags":["văn phòng"],
				 "signature":{"name":"NGUYỄN XUÂN PHƯỚC","position":"Tỉnh ủy viên, Chánh Văn phòng Tỉnh ủy"},
				 "featuredImage":{"mediaId":"%s"},"gallery":["%s","%s"],"related":["%s"]}"""
			.formatted(photos.get(0), photos.get(0), photos.get(1), photos.get(2), related);

		// the photos reach article-service on media.v1 within seconds; until then they
		// are unknown
		var created = new java.util.concurrent.atomic.AtomicReference<JsonNode>();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			var response = http.post("/api/admin/articles", article, editor);
			assertThat(response.status()).as(response.text()).isEqualTo(201);
			created.set(response.json());
		});
		String id = created.get().get("id").asString();
		String slug = http.post("/api/admin/articles/" + id + "/publish", null, publisher)
			.json()
			.get("slug")
			.asString();

		JsonNode read = http.get("/api/articles/" + slug).json();
		assertThat(read.get("body").asString()).contains("<h2>Truyền thống vẻ vang</h2>", "/media/" + photos.get(0));
		assertThat(read.at("/signature/name").asString()).isEqualTo("NGUYỄN XUÂN PHƯỚC");
		assertThat(read.at("/featuredImage/caption").asString()).isEqualTo("Trao giấy khen cho các tập thể");
		assertThat(read.at("/featuredImage/credit").asString()).isEqualTo("Ảnh: Đăng Vũ");
		assertThat(read.get("gallery").findValuesAsString("caption")).containsExactly("Quang cảnh buổi lễ",
				"Các đại biểu dự lễ");
		assertThat(read.at("/gallery/1/credit").asString()).isEqualTo("Ảnh: Minh Châu");
		assertThat(http.get(read.at("/gallery/0/url").asString()).status()).isEqualTo(200);
		assertThat(http.get("/api/articles/" + slug + "/related").json().get("items").findValuesAsString("id"))
			.startsWith(related);
		String search = "/api/articles/search?q="
				+ URLEncoder.encode("ky niem 90 nam \"van phong cap uy\"", StandardCharsets.UTF_8);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode found = http.get(search).json().get("items");
			assertThat(found.findValuesAsString("id")).containsExactly(id);
			assertThat(found.at("/0/snippet").asString()).contains("<mark>kỷ</mark> <mark>niệm</mark>");
		});

		String twin = http.post("/api/admin/articles", article, editor).json().get("id").asString();
		var at = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7)).plusSeconds(4);
		String twinSlug = http.post("/api/admin/articles/" + twin + "/schedule", """
				{"publishAt":"%s"}""".formatted(at), publisher).json().get("slug").asString();
		assertThat(twinSlug).isEqualTo(slug + "-2");
		assertThat(http.get("/api/articles/" + twinSlug).status()).isEqualTo(404);
		await().atMost(Duration.ofSeconds(15)).until(() -> http.get("/api/articles/" + twinSlug).status() == 200);
		assertThat(java.time.Duration.between(at, java.time.OffsetDateTime.now())).isLessThan(Duration.ofSeconds(7));
		assertThat(http.get("/api/articles/" + twinSlug).json().at("/gallery/0/caption").asString())
			.isEqualTo("Quang cảnh buổi lễ");
	}

	/**
	 * Two article-service instances; the one that publishes scheduled articles is killed
	 * at the very time an article is due. The other takes over within the lease, and the
	 * article goes live once. A second article due after it is the proof that publishing
	 * went past the first: when its event is on the topic, a duplicate of the first's
	 * would be too.
	 */
	@Test
	void aScheduledArticleGoesLiveOnceWhenTheInstanceThatWouldPublishItIsKilledAtItsTime() {
		var http = new TestHttp(stack.gatewayUrl());
		String editor = "Bearer " + token(http, "editor");
		String publisher = "Bearer " + token(http, "publisher");
		String holder = await().atMost(Duration.ofSeconds(15))
			.until(() -> List.of("article-service", "article-service-2")
				.stream()
				.filter(NewsroomSystemTest::publishesScheduledArticles)
				.findFirst()
				.orElse(null), java.util.Objects::nonNull);
		String due = http.post("/api/admin/articles", """
				{"title":"Bài hẹn giờ khi máy chủ gặp sự cố","body":"<p>…</p>","section":"Thời sự"}""", editor)
			.json()
			.get("id")
			.asString();
		String after = http.post("/api/admin/articles", """
				{"title":"Bài hẹn giờ sau đó","body":"<p>…</p>","section":"Thời sự"}""", editor)
			.json()
			.get("id")
			.asString();
		var at = java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(7)).plusSeconds(4);
		assertThat(http.post("/api/admin/articles/" + due + "/schedule", """
				{"publishAt":"%s"}""".formatted(at), publisher).status()).isEqualTo(200);
		assertThat(http.post("/api/admin/articles/" + after + "/schedule", """
				{"publishAt":"%s"}""".formatted(at.plusSeconds(3)), publisher).status()).isEqualTo(200);

		// the moment it is due, by the clock the service publishes by
		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(10))
			.until(() -> !java.time.OffsetDateTime.now().isBefore(at));
		stack.kill(holder);

		try {
			JsonNode live = await().atMost(Duration.ofSeconds(20))
				.until(() -> http.get("/api/admin/articles/" + due, editor).json(),
						article -> "PUBLISHED".equals(article.get("status").asString()));
			assertThat(Duration.between(at.toInstant(), java.time.Instant.parse(live.get("publishedAt").asString())))
				.as("live within 5 s of its time")
				.isLessThan(Duration.ofSeconds(5));
			await().atMost(Duration.ofSeconds(60)).until(() -> publishedEvents(after), events -> events == 1);
			assertThat(publishedEvents(due)).as("published once").isEqualTo(1);
		}
		finally {
			stack.restart(holder);
		}
	}

	private static boolean publishesScheduledArticles(String instance) {
		JsonNode health = new TestHttp("http://localhost:" + stack.port(instance)).get("/actuator/health").json();
		return health.at("/components/scheduledPublishing/details/publishesHere").asBoolean();
	}

	private static long publishedEvents(String articleId) {
		return dev.newsroom.testsupport.TestTopics.readToEnd(stack.kafkaBootstrapServers(), "articles.v1")
			.stream()
			.filter(record -> articleId.equals(record.key()) && "dev.newsroom.article.published.v1"
				.equals(dev.newsroom.testsupport.TestTopics.header(record, "ce_type")))
			.count();
	}

	private static String token(TestHttp http, String user) {
		return http.post("/api/auth/token", """
				{"username":"%s","password":"%s"}""".formatted(user, stack.password(user)), null)
			.json()
			.get("access_token")
			.asString();
	}

	@Test
	void anEditorUploadsAPhotoWithCaptionAndCredit() throws IOException {
		try (var editor = client(); var visitor = client()) {
			editor.login("editor", stack.password("editor"));

			Media uploaded = editor.upload("da-quy.png", aPng(), "Hoa dã quỳ trên đồi Đà Lạt", "Ảnh: Lê Minh");

			Media metadata = visitor.media(uploaded.id());
			assertThat(metadata.type()).isEqualTo("image");
			assertThat(metadata.width()).isEqualTo(4);
			assertThat(metadata.status()).isIn("pending", "ready");
			assertThat(metadata.caption()).isEqualTo("Hoa dã quỳ trên đồi Đà Lạt");
			assertThat(metadata.credit()).isEqualTo("Ảnh: Lê Minh");
			assertThat(visitor.mediaContent(uploaded.id()).contentType()).startsWith("image/png");
			assertThat(visitor.mediaContent(uploaded.id()).bytes()).isEqualTo(aPng());
		}
	}

	/**
	 * The photo desk's day through the gateway: a photo uploaded and its renditions made,
	 * a new focal point and its new crop, a gallery published and read, a video played
	 * from the middle.
	 */
	@Test
	void aPhotoDeskDayThroughTheGateway() throws IOException {
		var http = new TestHttp(stack.gatewayUrl());
		String editor = "Bearer " + token(http, "editor");
		String publisher = "Bearer " + token(http, "publisher");

		String photo = upload(http, editor, "le-ky-niem.jpg", "image/jpeg", aPhoto(2000, 1500), "Quang cảnh buổi lễ");
		JsonNode ready = await().atMost(Duration.ofSeconds(60))
			.until(() -> http.get("/api/media/" + photo).json(),
					media -> media.get("status").asString().equals("ready"));
		assertThat(ready.get("renditions").propertyNames()).containsExactly("w320", "w640", "w1024", "w1600",
				"crop16x9");
		TestHttp.Response w640 = http.get(ready.at("/renditions/w640").asString());
		assertThat(w640.status()).isEqualTo(200);
		assertThat(w640.contentType()).isEqualTo("image/jpeg");
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(w640.bytes())).getWidth()).isEqualTo(640);

		String firstCrop = ready.at("/renditions/crop16x9").asString();
		assertThat(http.patch("/api/admin/media/" + photo, "{\"focalPoint\":{\"x\":0.9,\"y\":0.2}}", editor).status())
			.isEqualTo(200);
		JsonNode moved = await().atMost(Duration.ofSeconds(60))
			.until(() -> http.get("/api/media/" + photo).json(), media -> media.get("status").asString().equals("ready")
					&& !media.at("/renditions/crop16x9").asString().equals(firstCrop));
		TestHttp.Response crop = http.get(moved.at("/renditions/crop16x9").asString());
		assertThat(crop.status()).isEqualTo(200);
		assertThat(crop.header("Cache-Control")).contains("immutable");

		String gallery = http
			.post("/api/admin/galleries", """
					{"title":"Lễ kỷ niệm 90 năm","items":[{"mediaId":"%s","caption":"Toàn cảnh"}]}""".formatted(photo),
					editor)
			.json()
			.get("id")
			.asString();
		assertThat(http.post("/api/admin/galleries/" + gallery + "/publish", "", publisher).status()).isEqualTo(200);
		JsonNode shown = await().atMost(Duration.ofSeconds(10))
			.until(() -> http.get("/api/galleries/" + gallery), response -> response.status() == 200)
			.json();
		assertThat(shown.at("/items/0/caption").asString()).isEqualTo("Toàn cảnh");
		assertThat(shown.at("/items/0/renditions/crop16x9").asString())
			.isEqualTo(moved.at("/renditions/crop16x9").asString());

		byte[] film = aVideo(3_000_000);
		String video = upload(http, editor, "phong-su.mp4", "video/mp4", film, "Phóng sự");
		TestHttp.Response middle = http.withHeader("Range", "bytes=1000000-1000099").get("/media/" + video);
		assertThat(middle.status()).isEqualTo(206);
		assertThat(middle.header("Content-Range")).isEqualTo("bytes 1000000-1000099/" + film.length);
		assertThat(middle.bytes()).isEqualTo(java.util.Arrays.copyOfRange(film, 1_000_000, 1_000_100));
	}

	private static String upload(TestHttp http, String editor, String filename, String contentType, byte[] file,
			String caption) {
		String boundary = "----newsroom" + UUID.randomUUID().toString().replace("-", "");
		var body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n" + caption
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		TestHttp.Response created = http.post("/api/admin/media", "multipart/form-data; boundary=" + boundary,
				java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()), editor);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static byte[] aPhoto(int width, int height) throws IOException {
		var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(0xDA251D), width, height,
				new java.awt.Color(0xFFCD00)));
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		var bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", bytes);
		return bytes.toByteArray();
	}

	/** An MP4's first box, then bytes that stand for the film. */
	private static byte[] aVideo(int size) {
		byte[] video = new byte[size];
		new java.util.Random(9).nextBytes(video);
		byte[] ftyp = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p',
				'4', '1' };
		System.arraycopy(ftyp, 0, video, 0, ftyp.length);
		return video;
	}

	@Test
	void aWrongPasswordIsUnauthorized() {
		try (var client = client()) {
			assertThatThrownBy(() -> client.login("editor", "not-the-password"))
				.isInstanceOfSatisfying(NewsroomException.class, ex -> assertThat(ex.status()).isEqualTo(401));
		}
	}

	@Test
	void writingWithoutATokenIsUnauthorized() {
		try (var anonymous = client()) {
			assertThatThrownBy(() -> anonymous.createArticle(new NewArticle("Vô danh", "", "…", "Thời sự", List.of())))
				.isInstanceOfSatisfying(NewsroomException.class, ex -> {
					assertThat(ex.status()).isEqualTo(401);
					assertThat(ex.problem().status()).isEqualTo(401);
				});
		}
	}

	@Test
	void anEditorMayNotPublish() {
		try (var editor = client()) {
			editor.login("editor", stack.password("editor"));
			Article draft = editor.createArticle(new NewArticle("Chờ duyệt", "", "…", "Thời sự", List.of()));

			assertThatThrownBy(() -> editor.publish(draft.id())).isInstanceOfSatisfying(NewsroomException.class,
					ex -> assertThat(ex.status()).isEqualTo(403));
		}
	}

	@Test
	void aMalformedBodyIsABadRequestProblem() {
		try (var editor = client()) {
			String token = editor.login("editor", stack.password("editor")).accessToken();
			var http = new TestHttp(stack.gatewayUrl());

			var malformed = http.post("/api/admin/articles", "{\"title\": ", "Bearer " + token);
			assertThat(malformed.status()).isEqualTo(400);
			assertThat(malformed.contentType()).startsWith("application/problem+json");

			var invalid = http.post("/api/admin/articles", "{\"title\":\"\",\"body\":\"…\",\"section\":\"Thời sự\"}",
					"Bearer " + token);
			assertThat(invalid.status()).isEqualTo(400);
			assertThat(invalid.json().get("errors").findValuesAsString("field")).containsExactly("title");
		}
	}

	@Test
	void theReadmeEventCatalogueIsWhatTheRunningServicesDeclare() {
		Path readme = TestStacks.ROOT.resolve("README.md");
		List<JsonNode> infos = List
			.of(stack.ports().articleService(), stack.ports().mediaService(), stack.ports().viewCounterService(),
					stack.ports().commentService(), stack.ports().site())
			.stream()
			.map(port -> new TestHttp("http://localhost:" + port).get("/actuator/info").json())
			.toList();
		List<EventCatalogue.Topic> declared = EventCatalogue.fromServices(infos);

		assertThat(declared).as("the topics as the running services declare them, against the README's table")
			.containsExactlyInAnyOrderElementsOf(EventCatalogue.fromReadme(readme));
		Map<String, Set<String>> producedTypes = declared.stream()
			.collect(Collectors.toMap(EventCatalogue.Topic::name, EventCatalogue.Topic::types));
		EventCatalogue.consumedTypes(infos)
			.forEach((topicAndGroup, types) -> assertThat(producedTypes.get(topicAndGroup.split(" ")[0]))
				.as("what %s handles is produced", topicAndGroup)
				.containsAll(types));
		Map<String, List<String>> payloads = EventCatalogue.payloadsFromReadme(readme);
		assertThat(payloads.keySet()).as("the README's payload table lists every type on a topic, and no other")
			.containsExactlyInAnyOrderElementsOf(
					declared.stream().flatMap(topic -> topic.types().stream()).collect(Collectors.toSet()));
		assertThat(EventCatalogue.payloadsFromContracts()).as("the event records' fields")
			.containsAllEntriesOf(payloads);
	}

	/** Article reads one instance answered with 200, by its own metrics. */
	private static long readsServed(String instance) {
		return ServedRequests.count(stack.port(instance), null, "/api/articles/{slug}", "200");
	}

	private static NewsroomClient client() {
		return NewsroomClient.connect(URI.create(stack.gatewayUrl()));
	}

	private static byte[] aPng() throws IOException {
		var image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0xF5C518);
		var bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

}
