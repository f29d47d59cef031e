package dev.newsroom.site.widgets;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.newsroom.site.SiteTest;
import dev.newsroom.testsupport.TestHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Tỷ giá - Thời tiết" against a provider that fails in every way the model page's widget
 * did and worse: the page keeps the last good values, says when they are from, and shows
 * no error.
 */
// the last test leaves the weather's breaker open
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WidgetsIntegrationTest extends SiteTest {

	static final FakeProvider fake = start();

	@Autowired
	WidgetRefresher refresher;

	@Autowired
	MongoTemplate mongo;

	static FakeProvider start() {
		try {
			return new FakeProvider();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		registry.add("newsroom.site.widgets.exchange-rates.url", () -> fake.url("/rates.xml"));
		registry.add("newsroom.site.widgets.weather.url",
				() -> fake.url("/weather") + "?latitude={latitude}&longitude={longitude}");
		// a code the feed has with a value that is no amount
		registry.add("newsroom.site.widgets.exchange-rates.currencies", () -> "USD, EUR, XSS");
		registry.add("newsroom.site.widgets.timeout", () -> "700ms");
		registry.add("newsroom.site.widgets.max-body", () -> "64KB");
		// the test refreshes them itself
		registry.add("newsroom.site.widgets.check-every", () -> "1h");
	}

	@AfterAll
	static void stop() throws IOException {
		fake.close();
	}

	@Test
	@Order(1)
	void theLastGoodValuesStayWhateverTheProviderDoes() {
		fake.mode = FakeProvider.Mode.GOOD;
		assertThat(refresher.refreshRates()).isTrue();
		assertThat(refresher.refreshWeather()).isEqualTo(5);
		// past the second the side column is kept
		await().atMost(Duration.ofSeconds(5)).until(() -> sidebar().contains("USD"));
		String good = sidebar();
		assertThat(good).contains("USD 25,870.00 26,260.00")
			.contains("EUR 29,851.20 31,488.34")
			.doesNotContain("AUD")
			.doesNotContain("XSS")
			.doesNotContain("script")
			.contains("Đà Lạt 19°C Nhiều mây")
			.contains("cập nhật lúc");

		// the first failure is asked three times, which opens the circuit breaker: the
		// provider is then left alone, and the later modes are the breaker refusing (each
		// mode on a provider of its own: ProviderTest)
		int asked = fake.requests.get();
		for (FakeProvider.Mode failing : List.of(FakeProvider.Mode.ERROR_500, FakeProvider.Mode.MALFORMED,
				FakeProvider.Mode.HUGE, FakeProvider.Mode.SLOW)) {
			fake.mode = failing;
			assertThat(refresher.refreshRates()).as(failing.name()).isFalse();
			if (failing == FakeProvider.Mode.ERROR_500) {
				assertThat(fake.requests.get() - asked).as("asked, and asked again").isEqualTo(3);
			}

			String page = http.get("/video?t=" + failing).text();
			assertThat(sidebarOf(page)).as(failing.name()).isEqualTo(good);
			assertThat(page).doesNotContainIgnoringCase("exception")
				.doesNotContainIgnoringCase("aborted")
				.doesNotContain("500");
		}
	}

	@Test
	@Order(2)
	void withNothingFreshTheWidgetIsACalmPlaceholder() {
		fake.mode = FakeProvider.Mode.GOOD;
		refresher.refreshRates();
		refresher.refreshWeather();
		Instant old = Instant.now().minusSeconds(7 * 24 * 3600);
		mongo.updateMulti(new Query(), new Update().set("fetchedAt", old), "widgets");
		mongo.updateMulti(new Query(Criteria.where("_id").exists(true)), new Update().set("fetchedAt", old), "weather");

		// past the second the side column is kept
		await().atMost(Duration.ofSeconds(5)).until(() -> sidebar().contains("Thông tin đang được cập nhật."));
		assertThat(sidebar()).doesNotContain("USD").doesNotContain("°C");
	}

	@Test
	@Order(3)
	void aPageNeverWaitsForAProvider() throws Exception {
		fake.mode = FakeProvider.Mode.SLOW;
		int asked = fake.requests.get();
		CompletableFuture<Integer> refreshing = CompletableFuture.supplyAsync(refresher::refreshWeather);
		// the refresh is waiting for the provider's answer
		await().atMost(Duration.ofSeconds(5)).until(() -> fake.requests.get() > asked);

		TestHttp.Response page = http.get("/video?t=" + System.nanoTime());

		assertThat(page.status()).isEqualTo(200);
		assertThat(refreshing).as("still waiting on the provider when the page was served").isNotDone();
		assertThat(refreshing.get(30, TimeUnit.SECONDS)).as("no city refreshed: every answer came too late").isZero();
	}

	private String sidebar() {
		return sidebarOf(http.get("/video?t=" + System.nanoTime()).text());
	}

	private static String sidebarOf(String page) {
		Document html = Jsoup.parse(page);
		return html.select("#ty-gia-thoi-tiet").first().parent().text();
	}

}
