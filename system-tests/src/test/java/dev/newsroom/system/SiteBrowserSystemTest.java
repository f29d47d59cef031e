package dev.newsroom.system;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import dev.newsroom.client.ModeratedComment;
import dev.newsroom.client.NewsroomClient;
import dev.newsroom.client.NewsroomException;
import dev.newsroom.stack.LocalStack;
import dev.newsroom.testsupport.TestChallenges;
import dev.newsroom.testsupport.TestHttp;
import dev.newsroom.testsupport.TestTopics;
import org.altcha.altcha.Altcha;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The public site in a real browser, through the gateway of the whole local stack: an
 * editor and a publisher make a full article as the model page has it, and a reader's
 * Chromium (Debian's, driven by its ChromeDriver) opens it on a desktop and on a phone.
 * Screenshots are left under {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteBrowserSystemTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String SECTION = "Xây dựng Đảng";

	@TempDir
	static Path var;

	@TempDir
	static Path profile;

	static LocalStack stack;

	static ChromeDriver browser;

	static TestHttp http;

	static Made article;

	@BeforeAll
	static void startTheStackAndABrowser() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Debian's chromium and chromium-driver are installed (.ci/run installs them)");
		// two instances of the site, and of comment-service: a page is the same whichever
		// answers, and so are a challenge's single use and a client address's limit
		stack = TestStacks.configure(var).scale("site", 2).scale("comment-service", 2).start();
		http = new TestHttp(stack.gatewayUrl());
		article = publishAFullArticle();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// as root in a container; and no calls home, which this network refuses
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(), "--lang=vi");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build(), options);
	}

	@AfterAll
	static void stopThem() {
		if (browser != null) {
			browser.quit();
		}
		if (stack != null) {
			stack.stop();
		}
	}

	@Test
	@Order(1)
	void aReaderOnADesktopSeesTheWholeArticleAndIsCountedOnce() throws IOException {
		assertThat(views(article.id())).isZero();
		viewport(1280);

		browser.get(stack.gatewayUrl() + "/bai-viet/" + article.slug());

		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
		assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
		assertThat(visible("h1.title").getText()).isEqualTo("Kỷ niệm 90 năm Ngày truyền thống Văn phòng cấp ủy");
		assertThat(visible(".meta time").getText()).isEqualTo(article.date());
		assertThat(visible(".meta .views").getText()).matches("Lượt xem: \\d+");
		assertThat(visible(".lead").getText()).startsWith("Sáng 16/10/2020");
		assertThat(visible(".body h2").getText()).isEqualTo("Truyền thống vẻ vang");
		WebElement photo = visible(".body figure");
		assertThat(photo.findElement(By.tagName("figcaption")).getText())
			.isEqualTo("Đồng chí Bí thư Tỉnh ủy tặng giấy khen cho các tập thể Ảnh: Đăng Vũ");
		WebElement image = photo.findElement(By.tagName("img"));
		assertThat(image.getAttribute("srcset")).contains(" 640w").contains(" 1024w");
		assertThat(image.getAttribute("loading")).isEqualTo("lazy");
		await().atMost(Duration.ofSeconds(10)).until(() -> (Boolean) script("return arguments[0].complete", image));
		assertThat(((Number) script("return arguments[0].naturalWidth", image)).intValue()).as("the photo loaded")
			.isPositive();
		WebElement signature = visible(".signature");
		assertThat(signature.getText()).isEqualTo("NGUYỄN XUÂN PHƯỚC\nTỉnh ủy viên, Chánh Văn phòng Tỉnh ủy");
		assertThat(signature.getCssValue("text-align")).isIn("right", "end");
		assertThat(visible(".related h2").getText()).isEqualTo("TIN LIÊN QUAN");
		assertThat(visible(".related li a").getText()).isEqualTo("Hội nghị tổng kết công tác văn phòng");
		assertThat(visible(".article-gallery").findElements(By.tagName("figure"))).hasSize(2);
		assertThat(visible(".article-videos video").getAttribute("poster")).contains("/media/");
		assertThat(visible("#anh").getText()).isEqualTo("ẢNH");
		assertThat(visible(".sidebar a[href='/anh']").getText()).isEqualTo("Xem tất cả >>");
		assertThat(visible(".gallery-title").getText()).startsWith("Lễ kỷ niệm 90 năm");
		assertThat(visible("#video-moi").getText()).isEqualTo("VIDEO");
		assertThat(visible(".video-list").getText()).contains("Phóng sự: 90 năm Văn phòng cấp ủy");
		assertThat(visible("#ty-gia-thoi-tiet").getText()).isEqualTo("TỶ GIÁ - THỜI TIẾT");
		assertThat(visible("#lien-ket").getText()).isEqualTo("LIÊN KẾT WEBSITE");
		assertThat(visible(".links a[href='https://chinhphu.vn/']").getText())
			.isEqualTo("Cổng Thông tin điện tử Chính phủ");
		assertThat(visible("button.print").getText()).as("shown by the script").isEqualTo("In bài");
		assertThat(browser.findElement(By.cssSelector("a.to-top")).getText()).isEqualTo("LÊN ĐẦU TRANG");
		assertThat(horizontalOverflow()).isZero();
		assertThat(severeConsoleMessages()).isEmpty();
		screenshot("article-1280.png");

		// the beacon counted the page once
		awaitBeaconCounted();
		await().atMost(Duration.ofSeconds(5)).until(() -> views(article.id()) >= 1);
		assertThat(views(article.id())).isEqualTo(1);
	}

	@Test
	@Order(2)
	void aReaderOnAPhoneSeesTheSamePageInOneColumnAndTheirSecondViewDoesNotCount() throws IOException {
		viewport(390);
		// the same browser as another kind of device: its cookie, not its address and
		// User-Agent, makes it the same reader
		browser.executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent",
				"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36"));

		browser.get(stack.gatewayUrl() + "/bai-viet/" + article.slug());

		assertThat(visible("h1.title").getText()).isEqualTo("Kỷ niệm 90 năm Ngày truyền thống Văn phòng cấp ủy");
		assertThat(visible(".body figure figcaption").getText()).endsWith("Ảnh: Đăng Vũ");
		assertThat(horizontalOverflow()).as("nothing wider than the phone").isZero();
		WebElement main = browser.findElement(By.tagName("main"));
		WebElement side = browser.findElement(By.cssSelector("aside.sidebar"));
		assertThat(side.getRect().getY()).as("the side column below the article")
			.isGreaterThan(main.getRect().getY() + main.getRect().getHeight() - 1);
		assertThat(severeConsoleMessages()).isEmpty();
		screenshot("article-390.png");

		awaitBeaconCounted();
		assertThat(views(article.id())).as("the same browser within 30 minutes: its cookie").isEqualTo(1);
	}

	@Test
	@Order(3)
	void theHomePageOnBothScreens() throws IOException {
		for (int width : new int[] { 1280, 390 }) {
			viewport(width);
			browser.get(stack.gatewayUrl() + "/");
			assertThat(browser.findElements(By.tagName("h1"))).hasSize(1);
			assertThat(browser.findElement(By.cssSelector(".headline .teaser-title")).getText()).isNotBlank();
			assertThat(browser.findElements(By.cssSelector(".section-block .block-title")))
				.extracting(WebElement::getText)
				.contains(SECTION.toUpperCase(Locale.forLanguageTag("vi")));
			assertThat(horizontalOverflow()).isZero();
			assertThat(severeConsoleMessages()).isEmpty();
			screenshot("home-" + width + ".png");
		}
	}

	@Test
	@Order(4)
	void everyPageIsWellFormedHtmlThatTellsAssistiveTechnologyWhatItIs() {
		for (String path : List.of("/", "/bai-viet/" + article.slug(), "/chuyen-muc/xay-dung-dang", "/anh",
				"/anh/" + article.galleryId(), "/video", "/tim-kiem?q=truyen+thong", "/luu-tru/2020/10",
				"/khong-co-trang-nay")) {
			TestHttp.Response page = http.withHeader("Accept", "text/html").get(path);
			assertThat(page.status()).as(path).isEqualTo(path.equals("/khong-co-trang-nay") ? 404 : 200);
			assertThat(page.contentType()).as(path).startsWith("text/html");
			Parser parser = Parser.htmlParser().setTrackErrors(100);
			Document html = Jsoup.parse(page.text(), stack.gatewayUrl(), parser);
			assertThat(parser.getErrors()).as("HTML errors of " + path).isEmpty();
			assertThat(page.text()).as(path).startsWith("<!DOCTYPE html>");
			assertThat(html.selectFirst("html").attr("lang")).as(path).isEqualTo("vi");
			assertThat(html.select("h1")).as("one h1 on " + path).hasSize(1);
			assertThat(html.select("img:not([alt])")).as("images without alt on " + path).isEmpty();
			for (Element control : html.select("input:not([type=hidden]), select, textarea")) {
				assertThat(html.select("label[for=" + control.id() + "]")).as("a label of " + control + " on " + path)
					.isNotEmpty();
			}
			assertThat(html.select("[id]").eachAttr("id")).as("ids on " + path).doesNotHaveDuplicates();
			assertThat(page.header("Content-Security-Policy")).as(path).contains("script-src 'self'");
			assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(html.select("script:not([src]):not([type=application/ld+json])")).as("inline scripts on " + path)
				.isEmpty();
		}
		assertThat(http.withHeader("Accept", "text/html").get("/khong-co-trang-nay").status()).isEqualTo(404);
	}

	@Test
	@Order(5)
	void theArticlePrintsAloneWithItsTitleDatePhotosCaptionsAndSignature() throws IOException {
		viewport(1280);
		browser.get(stack.gatewayUrl() + "/bai-viet/" + article.slug());
		browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			for (String shown : List.of("h1.title", ".meta time", ".lead", ".body figure img", ".body figcaption",
					".signature-name", ".signature-position")) {
				assertThat(browser.findElement(By.cssSelector(shown)).isDisplayed()).as(shown + " printed").isTrue();
			}
			for (String left : List.of("header.masthead", "aside.sidebar", "footer", "button.print", ".related")) {
				assertThat(browser.findElement(By.cssSelector(left)).isDisplayed()).as(left + " not printed").isFalse();
			}
			Object pdf = browser.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false)).get("data");
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve("article-print.pdf"), Base64.getDecoder().decode((String) pdf));
		}
		finally {
			browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	@Test
	@Order(6)
	void aReaderCommentsFromThePageAndTheCommentShowsOnceAnEditorApprovesIt() throws IOException {
		viewport(1280);
		// by the address the test's own client has, whose comments count with the
		// reader's
		String site = "http://127.0.0.1:" + stack.ports().gateway();
		browser.get(site + "/bai-viet/" + article.slug());
		WebElement form = visible("form[data-comment-form]");
		form.findElement(By.name("name")).sendKeys("Nguyễn Văn Bình");
		form.findElement(By.name("email")).sendKeys("binh@example.vn");
		form.findElement(By.name("content")).sendKeys("Bài viết rất ý nghĩa.\nXin cảm ơn Văn phòng Tỉnh ủy!");

		visible("[data-captcha]").click();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> browser.findElement(By.cssSelector("[data-captcha-status]")).getText().equals("Đã có mã ✓"));
		form.findElement(By.cssSelector("button[type=submit]")).click();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> browser.findElement(By.cssSelector("[data-comment-result]"))
				.getText()
				.contains("đang chờ duyệt"));
		assertThat(form.findElement(By.name("name")).getAttribute("value")).as("the form is emptied").isEmpty();
		assertThat(comments().select(".comment")).as("not before an editor approves it").isEmpty();
		// as an editor's tool would moderate, through the Java client
		try (NewsroomClient editor = editorClient()) {
			List<ModeratedComment> pending = editor.pendingComments(article.id()).comments();
			assertThat(pending).hasSize(1);
			assertThat(pending.get(0).content()).isEqualTo("Bài viết rất ý nghĩa.\nXin cảm ơn Văn phòng Tỉnh ủy!");
			assertThat(pending.get(0).email()).isEqualTo("binh@example.vn");
			assertThat(pending.get(0).status()).isEqualTo("PENDING");

			ModeratedComment approved = editor.approveComment(pending.get(0));
			assertThat(approved.status()).isEqualTo("APPROVED");
			assertThat(approved.decidedBy()).isEqualTo("editor");
			assertThat(approved.version()).isEqualTo(pending.get(0).version() + 1);
			assertThat(editor.pendingComments(article.id()).comments()).as("no longer waiting").isEmpty();
			// a second editor's tool still showing it as waiting
			assertThatThrownBy(() -> editor.rejectComment(pending.get(0))).isInstanceOfSatisfying(
					NewsroomException.class, refused -> assertThat(refused.status()).isEqualTo(412));
		}

		await().atMost(Duration.ofSeconds(30)).until(() -> comments().select(".comment").size() == 1);
		browser.get(site + "/bai-viet/" + article.slug() + "?t=" + UUID.randomUUID());
		assertThat(visible("#y-kien-ban-doc").getText()).isEqualTo("Ý KIẾN BẠN ĐỌC (1)");
		assertThat(visible(".comment-name").getText()).isEqualTo("Nguyễn Văn Bình");
		assertThat(visible(".comment-text").getText())
			.isEqualTo("Bài viết rất ý nghĩa.\nXin cảm ơn Văn phòng Tỉnh ủy!");
		assertThat(visible(".comment time").getText()).matches("\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}");
		assertThat(browser.getPageSource()).doesNotContain("binh@example.vn");
		assertThat(severeConsoleMessages()).isEmpty();
		screenshot("article-comments-1280.png");
	}

	@Test
	@Order(7)
	void everyBadCommentIsAClearRefusalAndNothingOfThemShows() {
		String editor = "Bearer " + token("editor");
		// redeemed at one instance, replayed at the other: a challenge is used once,
		// across them
		String solved = solvedChallenge();
		TestHttp first = new TestHttp("http://localhost:" + stack.port("comment-service"));
		TestHttp second = new TestHttp("http://localhost:" + stack.port("comment-service-2"));
		assertThat(comment(first, article.id(), "Trần An", "Lần đầu", solved).status()).isEqualTo(202);
		assertThat(fieldAtFault(comment(second, article.id(), "Trần An", "Lần hai", solved))).as("replayed")
			.isEqualTo("challenge");
		assertThat(fieldAtFault(comment(article.id(), "Trần An", "Giả", forgedChallenge()))).as("forged")
			.isEqualTo("challenge");
		assertThat(fieldAtFault(http.post("/api/comments", """
				{"articleId":"%s","name":"An","content":"Không có mã"}""".formatted(article.id()), null))).as("missing")
			.isEqualTo("challenge");
		String unused = solvedChallenge();
		assertThat(fieldAtFault(comment(article.id(), "<script>alert(1)</script>", "Chào", unused))).isEqualTo("name");
		assertThat(fieldAtFault(comment(article.id(), "An", "<img src=x onerror=alert(1)>", unused)))
			.isEqualTo("content");
		TestHttp.Response huge = comment(article.id(), "An", "x".repeat(1_000_000), unused);
		assertThat(huge.status()).isEqualTo(413);
		assertThat(huge.contentType()).startsWith("application/problem+json");
		String draft = http
			.post("/api/admin/articles",
					"""
							{"title":"Bản nháp chưa đăng","lead":"","body":"<p>Nháp.</p>","section":"%s","tags":[]}"""
						.formatted(SECTION),
					editor)
			.json()
			.get("id")
			.asString();
		assertThat(fieldAtFault(comment(draft, "An", "Trên bản nháp", unused))).isEqualTo("articleId");

		// one client address, allowed five a window (ten minutes, aligned to the epoch);
		// the reader of the browser test and the one above have sent two, in this window
		// or in the one before
		// solved beforehand, on every core: a burst that gets past the challenges
		List<String> solutions = IntStream.range(0, 100).parallel().mapToObj(i -> solvedChallenge()).toList();
		long firstBefore = submissionsAnswered("comment-service");
		long secondBefore = submissionsAnswered("comment-service-2");
		long window = Duration.ofMinutes(10).toMillis();
		long firstWindow = System.currentTimeMillis() / window;
		List<Integer> burst = new ArrayList<>();
		String retryAfter = null;
		for (int i = 0; i < 100; i++) {
			TestHttp.Response answer = comment(article.id(), "Máy gửi", "Số " + i, solutions.get(i));
			burst.add(answer.status());
			if (answer.status() == 429) {
				retryAfter = answer.header("Retry-After");
			}
		}

		assertThat(submissionsAnswered("comment-service") - firstBefore)
			.as("both instances took the burst: the limit holds across them")
			.isPositive();
		assertThat(submissionsAnswered("comment-service-2") - secondBefore).isPositive();
		long windows = System.currentTimeMillis() / window - firstWindow + 1;
		long accepted = burst.stream().filter(status -> status == 202).count();
		assertThat(accepted).as("five a window, however many instances take them, two perhaps taken before")
			.isBetween(3L, 5L * windows);
		assertThat(burst.stream().filter(status -> status == 429)).hasSize(100 - (int) accepted);
		assertThat(retryAfter).isNotNull();
		assertThat(http.get("/api/admin/comments?limit=200&articleId=" + article.id(), editor).json().get("comments"))
			.as("pending: the first above and those of the burst let through")
			.hasSize(1 + (int) accepted);
		assertThat(http.get("/api/admin/comments?articleId=" + draft, editor).json().get("comments")).isEmpty();
		assertThat(comments().select(".comment-name").eachText()).as("only the approved one")
			.containsExactly("Nguyễn Văn Bình");
		assertThat(
				http.get("/api/comments?articleId=" + article.id() + "&t=" + UUID.randomUUID()).json().get("comments"))
			.hasSize(1);
	}

	@Test
	@Order(8)
	void aCommentServiceInstanceKilledWhileReadersSendLosesNoCommentItAcknowledged() throws Exception {
		String editor = "Bearer " + token("editor");
		List<String> solutions = IntStream.range(0, 60).parallel().mapToObj(i -> solvedChallenge()).toList();
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		Set<String> unanswered = ConcurrentHashMap.newKeySet();
		int[] ports = { stack.port("comment-service"), stack.port("comment-service-2") };
		ScheduledExecutorService readers = Executors.newScheduledThreadPool(4);
		// straight at the two instances, each reader from an address of its own, as the
		// gateway would forward them; one every 25 ms, so that some are under way when
		// the first instance is killed
		for (int i = 0; i < 60; i++) {
			int reader = i;
			readers.schedule(() -> {
				String content = "Bền vững " + reader;
				TestHttp to = new TestHttp("http://localhost:" + ports[reader % 2]).withHeader("X-Forwarded-For",
						"198.18.0." + (reader + 1));
				try {
					int status = comment(to, article.id(), "Bạn đọc " + reader, content, solutions.get(reader))
						.status();
					(status == 202 ? acknowledged : unanswered).add(content);
				}
				catch (RuntimeException connectionLost) {
					unanswered.add(content);
				}
			}, reader * 25L, TimeUnit.MILLISECONDS);
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 15);

		stack.kill("comment-service");
		readers.shutdown();
		assertThat(readers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

		List<String> stored = new ArrayList<>();
		http.get("/api/admin/comments?limit=200&articleId=" + article.id(), editor)
			.json()
			.get("comments")
			.forEach(comment -> stored.add(comment.get("content").asString()));
		stored.removeIf(content -> !content.startsWith("Bền vững "));
		long keptUnanswered = stored.stream().filter(content -> !acknowledged.contains(content)).count();
		System.out.printf(
				"Comment-service killed while 60 readers sent: %d acknowledged, %d unanswered, %d kept"
						+ " (%d of them unanswered)%n",
				acknowledged.size(), unanswered.size(), stored.size(), keptUnanswered);
		assertThat(unanswered).as("the killed instance answered no more").isNotEmpty();
		assertThat(stored).as("each stored once").doesNotHaveDuplicates();
		assertThat(stored).as("every acknowledged comment is kept").containsAll(acknowledged);
		assertThat(unanswered).as("what else is kept was sent to the killed instance unanswered")
			.containsAll(stored.stream().filter(content -> !acknowledged.contains(content)).toList());
	}

	@Test
	@Order(9)
	void thePagesStayUpWhileTheOtherServicesAndKafkaAreDown() {
		for (String process : List.of("article-service", "media-service", "view-counter-service", "kafka")) {
			stack.kill(process);
		}
		// addresses the gateway has not cached: these answers come from the site itself
		TestHttp.Response page = http.get("/bai-viet/" + article.slug() + "?t=" + UUID.randomUUID());

		assertThat(page.status()).isEqualTo(200);
		assertThat(Jsoup.parse(page.text()).select("h1").text())
			.isEqualTo("Kỷ niệm 90 năm Ngày truyền thống Văn phòng cấp ủy");
		assertThat(http.get("/?t=" + UUID.randomUUID()).status()).isEqualTo(200);
		assertThat(http.get("/chuyen-muc/xay-dung-dang?t=" + UUID.randomUUID()).status()).isEqualTo(200);
	}

	/** Comments one instance of comment-service answered, by its own metrics. */
	private static long submissionsAnswered(String instance) {
		return ServedRequests.count(stack.port(instance), "POST", "/api/comments", null);
	}

	/** The comments under the article, past the gateway's cache. */
	private static Element comments() {
		TestHttp.Response page = http.get("/bai-viet/" + article.slug() + "?t=" + UUID.randomUUID());
		assertThat(page.status()).isEqualTo(200);
		return Jsoup.parse(page.text()).selectFirst("section.comments");
	}

	private static TestHttp.Response comment(String articleId, String name, String content, String challenge) {
		return comment(http, articleId, name, content, challenge);
	}

	private static TestHttp.Response comment(TestHttp to, String articleId, String name, String content,
			String challenge) {
		return to.post("/api/comments", """
				{"articleId":"%s","name":"%s","content":"%s","challenge":"%s"}""".formatted(articleId, name, content,
				challenge), null);
	}

	private static String solvedChallenge() {
		return TestChallenges.solve(http.get("/api/comments/challenge").json());
	}

	/** Solved right, but signed by someone without comment-service's key. */
	private static String forgedChallenge() {
		try {
			Altcha.Challenge made = Altcha.createChallenge(new Altcha.ChallengeOptions().setHmacKey("not-the-key")
				.setMaxNumber(1000L)
				.setExpiresInSeconds(600));
			return TestChallenges.solve(JsonMapper.shared().valueToTree(made));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String fieldAtFault(TestHttp.Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		return response.json().at("/errors/0/field").asString();
	}

	/** A screen this many CSS pixels wide: a phone's is a phone's, touch and all. */
	private static void viewport(int width) {
		boolean phone = width < 600;
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", phone ? 844 : 900, "deviceScaleFactor", 1, "mobile", phone));
	}

	private static WebElement visible(String css) {
		WebElement element = browser.findElement(By.cssSelector(css));
		script("arguments[0].scrollIntoView({block: 'center'})", element);
		assertThat(element.isDisplayed()).as(css + " is visible").isTrue();
		return element;
	}

	private static Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	private static long horizontalOverflow() {
		return ((Number) script("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)"))
			.longValue();
	}

	private static List<String> severeConsoleMessages() {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** The whole page, as tall as it is, not only the window. */
	private static void screenshot(String name) throws IOException {
		// the whole page in one picture: the lazy images too, which a reader would load
		// by scrolling
		script("document.querySelectorAll('img[loading=lazy]').forEach(image => image.loading = 'eager')");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> (Boolean) script("return Array.from(document.images).every(image => image.complete)"));
		// and decoded, or it is captured as an empty box (the driver waits for the
		// promise)
		script("return Promise.all(Array.from(document.images).map(image => image.decode().catch(() => null)))");
		Files.createDirectories(SCREENSHOTS);
		Object shot = browser
			.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
			.get("data");
		Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode((String) shot));
	}

	private static long views(String articleId) {
		// an address of its own each time, past the gateway's cache
		return http.get("/api/views/" + articleId + "?t=" + UUID.randomUUID()).json().get("total").asLong();
	}

	/**
	 * Waits until the page's beacon has been answered (its entry in the page's resource
	 * timing is complete), then until the aggregator has committed past every view Kafka
	 * holds: the beacon's view has been counted, or not, for good.
	 */
	private static void awaitBeaconCounted() {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> (Boolean) script("return performance.getEntriesByType('resource').some("
					+ "e => e.initiatorType === 'beacon' && e.name.endsWith('/api/views') && e.responseEnd > 0)"));
		TestTopics.awaitConsumed(stack.kafkaBootstrapServers(), "view-counter-service.aggregator", "views.v1",
				Duration.ofSeconds(30));
	}

	/** What the editors made, through the gateway, as the model page has it. */
	private static Made publishAFullArticle() {
		String editor = "Bearer " + token("editor");
		String publisher = "Bearer " + token("publisher");
		String featured = upload("quang-canh.jpg", jpeg(1600, 900, Color.RED), "Quang cảnh buổi lễ", "Đăng Vũ");
		String inBody = upload("giay-khen.jpg", jpeg(1400, 1000, Color.BLUE), "Tặng giấy khen cho các tập thể",
				"Đăng Vũ");
		String poster = upload("poster.jpg", jpeg(1280, 720, Color.DARK_GRAY), "Ảnh bìa phóng sự",
				"Trung tâm Truyền thông");
		String video = upload("phong-su.mp4", mp4(), "Phóng sự: 90 năm Văn phòng cấp ủy", "Trung tâm Truyền thông");
		assertThat(http.patch("/api/admin/media/" + video, "{\"poster\":\"%s\"}".formatted(poster), editor).status())
			.isEqualTo(200);
		assertThat(http.post("/api/admin/media/" + video + "/publish", "", publisher).status()).isEqualTo(200);
		String gallery = http
			.post("/api/admin/galleries",
					"""
							{"title":"Lễ kỷ niệm 90 năm Ngày truyền thống","items":[{"mediaId":"%s"},{"mediaId":"%s"}]}"""
						.formatted(featured, inBody),
					editor)
			.json()
			.get("id")
			.asString();
		assertThat(http.post("/api/admin/galleries/" + gallery + "/publish", "", publisher).status()).isEqualTo(200);
		assertThat(http.put("/api/admin/site/links", """
				{"items":[{"title":"Cổng Thông tin điện tử Chính phủ","url":"https://chinhphu.vn/"},
				{"title":"Giới thiệu","url":"/gioi-thieu"}]}""", editor).status()).isEqualTo(200);
		String related = publish(editor, publisher, """
				{"title":"Hội nghị tổng kết công tác văn phòng","lead":"Tổng kết năm.","body":"<p>Nội dung.</p>",
				"section":"%s","tags":[]}""".formatted(SECTION));
		String id = publish(editor, publisher,
				"""
						{"title":"Kỷ niệm 90 năm Ngày truyền thống Văn phòng cấp ủy",
						"lead":"Sáng 16/10/2020, Văn phòng Tỉnh ủy tổ chức lễ kỷ niệm 90 năm Ngày truyền thống.",
						"body":"<h2>Truyền thống vẻ vang</h2><p>Chín mươi năm qua, các thế hệ cán bộ đã không ngừng phấn đấu.</p><figure><img src=\\"/media/%s\\"><figcaption>Đồng chí Bí thư Tỉnh ủy tặng giấy khen cho các tập thể</figcaption></figure><h2>Phát huy truyền thống</h2><p>Tiếp tục đổi mới.</p>",
						"section":"%s","tags":["Văn phòng cấp ủy"],"byline":"Minh Anh",
						"signature":{"name":"Nguyễn Xuân Phước","position":"Tỉnh ủy viên, Chánh Văn phòng Tỉnh ủy"},
						"featuredImage":{"mediaId":"%s"},"gallery":["%s","%s"],"videos":["%s"],"related":["%s"]}"""
					.formatted(inBody, SECTION, featured, featured, inBody, video, related));
		var stored = http.get("/api/admin/articles/" + id, editor).json();
		String slug = stored.get("slug").asString();
		String date = DateTimeFormatter.ofPattern("dd/MM/yyyy")
			.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
			.format(Instant.parse(stored.get("publishedAt").asString()));
		// the renditions made, and the site's projection caught up with all of it
		for (String photo : List.of(featured, inBody, poster)) {
			await().atMost(Duration.ofSeconds(60))
				.until(() -> "ready".equals(http.get("/api/media/" + photo).json().get("status").asString()));
		}
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
			TestHttp.Response page = http.get("/bai-viet/" + slug + "?t=" + UUID.randomUUID());
			return page.status() == 200 && page.text().contains("/media/" + inBody + "/w640")
					&& page.text().contains("Lễ kỷ niệm 90 năm") && page.text().contains("Phóng sự: 90 năm")
					&& page.text().contains("chinhphu.vn");
		});
		return new Made(id, slug, gallery, date);
	}

	private static String publish(String editor, String publisher, String json) {
		TestHttp.Response created = http.post("/api/admin/articles", json, editor);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(http.post("/api/admin/articles/" + id + "/publish", "", publisher).status()).isEqualTo(200);
		return id;
	}

	/** Through the Java client, as an editor's tool would upload it. */
	private static String upload(String filename, byte[] bytes, String caption, String credit) {
		try (NewsroomClient editor = editorClient()) {
			return editor.upload(filename, bytes, caption, credit).id();
		}
	}

	/** The Java client, logged in as an editor, through the gateway. */
	private static NewsroomClient editorClient() {
		NewsroomClient editor = NewsroomClient.connect(URI.create(stack.gatewayUrl()));
		editor.login("editor", stack.password("editor"));
		return editor;
	}

	private static byte[] jpeg(int width, int height, Color color) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(color);
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** An MP4 of two minutes as its header says: enough for the library and a poster. */
	private static byte[] mp4() {
		byte[] mvhd = ByteBuffer.allocate(100).put(new byte[12]).putInt(1000).putInt(120_000).array();
		return concat(
				box("ftyp", "isom".getBytes(StandardCharsets.US_ASCII), new byte[] { 0, 0, 2, 0 },
						"isomiso2mp41".getBytes(StandardCharsets.US_ASCII)),
				box("moov", box("mvhd", mvhd)), box("mdat", new byte[1024]));
	}

	private static byte[] box(String type, byte[]... content) {
		byte[] body = concat(content);
		return concat(ByteBuffer.allocate(4).putInt(body.length + 8).array(),
				type.getBytes(StandardCharsets.ISO_8859_1), body);
	}

	private static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static String token(String user) {
		return http.post("/api/auth/token", """
				{"username":"%s","password":"%s"}""".formatted(user, stack.password(user)), null)
			.json()
			.get("access_token")
			.asString();
	}

	/**
	 * @param date the day it was published, as the page writes it
	 */
	private record Made(String id, String slug, String galleryId, String date) {
	}

}
