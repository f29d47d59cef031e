package dev.newsroom.article.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.newsroom.contracts.article.ArticleDeleted;
import dev.newsroom.contracts.article.ArticlePublished;
import dev.newsroom.contracts.article.ArticleUnpublished;
import dev.newsroom.events.ReplayCaughtUp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SearchIndexTest {

	private static final Instant NOON = Instant.parse("2026-11-20T05:00:00Z");

	private final SearchIndex index = new SearchIndex();

	@AfterEach
	void close() throws Exception {
		index.destroy();
	}

	@Test
	void wordsWithoutMarksFindTheArticleWithThem() {
		index.put(article("a1", 1, "Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", "<p>Đoàn đại biểu dâng hương.</p>", 0));
		index.put(article("a2", 1, "Giá vàng hôm nay", "<p>Thị trường ổn định.</p>", 1));

		assertThat(awaitIds("chien thang dien bien phu")).containsExactly("a1");
		assertThat(ids("CHIẾN THẮNG")).containsExactly("a1");
		assertThat(ids("doan dai bieu")).as("the body counts").containsExactly("a1");
		assertThat(ids("dien bien vang")).as("every word must occur").isEmpty();
	}

	@Test
	void eachHitHasThePassageThatMatchedMarkedAsWritten() {
		index.put(article("a1", 1, "Kỷ niệm chiến thắng",
				"<p>" + "Mở đầu buổi lễ. ".repeat(40) + "Đoàn đại biểu viếng <b>Điện Biên Phủ</b> & dâng hương.</p>",
				0));
		index.put(article("a2", 1, "Điện Biên hôm nay", "<p>Thị trường ổn định, giá <i>cả</i> hợp lý.</p>", 1));
		awaitIds("dien bien");

		List<SearchIndex.Hit> hits = index.search(SearchQuery.parse("dien bien"), null, 10).hits();

		assertThat(hits).extracting(SearchIndex.Hit::id).containsExactlyInAnyOrder("a1", "a2");
		assertThat(hits).filteredOn(hit -> hit.id().equals("a1"))
			.singleElement()
			.extracting(SearchIndex.Hit::snippet)
			.asString()
			.contains("viếng <mark>Điện</mark> <mark>Biên</mark> Phủ &amp; dâng")
			.doesNotContain("<b>")
			.hasSizeLessThan(400);
		assertThat(hits).filteredOn(hit -> hit.id().equals("a2"))
			.singleElement()
			.as("matched in the title only: the text's beginning")
			.extracting(SearchIndex.Hit::snippet)
			.isEqualTo("Thị trường ổn định, giá cả hợp lý.");
	}

	@Test
	void aWordFarIntoALongReportIsMarkedWhereItIs() {
		index.put(article("long", 1, "Báo cáo tổng kết năm",
				"<p>" + "Các đơn vị hoàn thành chỉ tiêu đề ra. ".repeat(1_000) + "Cuối cùng là Điện Biên.</p>", 0));
		awaitIds("dien bien");

		assertThat(index.search(SearchQuery.parse("dien bien"), null, 10).hits()).singleElement()
			.extracting(SearchIndex.Hit::snippet)
			.asString()
			.contains("Cuối cùng là <mark>Điện</mark> <mark>Biên</mark>.");
	}

	@Test
	void onceTheReplayHasCaughtUpTheIndexIsOneSegmentAndComplete() {
		for (int i = 0; i < 5; i++) {
			String id = "a" + i;
			index.put(article(id, 1, "Tin số " + i, "<p>Nội dung.</p>", i));
			// each seen apart: a segment each
			await().atMost(Duration.ofSeconds(5)).until(() -> ids("tin so " + id.substring(1)).contains(id));
		}
		assertThat(index.segments()).isGreaterThan(1);
		assertThat(index.isComplete()).isFalse();

		index.on(new ReplayCaughtUp(SearchIndex.SUBSCRIPTION));

		assertThat(index.isComplete()).isTrue();
		assertThat(index.segments()).isEqualTo(1);
		assertThat(ids("tin so")).hasSize(5);
	}

	@Test
	void theWordSpelledAsTypedComesFirst() {
		index.put(article("peace", 1, "Hòa bình cho vùng cao", "<p>Bản làng hòa thuận.</p>", 3));
		index.put(article("flower", 1, "Mùa hoa ban nở", "<p>Hoa nở trắng núi rừng.</p>", 0));
		index.put(article("chemistry", 1, "Hóa chất độc hại", "<p>Thu giữ hóa chất.</p>", 2));
		index.put(article("disaster", 1, "Thiên tai, tai họa", "<p>Họa vô đơn chí.</p>", 1));

		assertThat(awaitIds("hoa")).hasSize(4).first().isEqualTo("flower");
		assertThat(ids("hòa")).first().isEqualTo("peace");
		assertThat(ids("hoà")).as("old tone placement").first().isEqualTo("peace");
		assertThat(ids("hoá")).first().isEqualTo("chemistry");
	}

	@Test
	void aQuotedPhraseMustOccurInOnePiece() {
		index.put(article("together", 1, "Giá vàng tăng mạnh", "<p>…</p>", 0));
		index.put(article("apart", 1, "Giá lúa và vàng bạc", "<p>…</p>", 1));

		assertThat(awaitIds("gia vang")).containsExactlyInAnyOrder("together", "apart");
		assertThat(ids("\"gia vang\"")).containsExactly("together");
	}

	@Test
	void unpublishedAndDeletedArticlesLeaveAndALateOlderSnapshotDoesNotBringThemBack() {
		index.put(article("gone", 3, "Bài gỡ xuống", "<p>…</p>", 0));
		index.put(article("deleted", 3, "Bài bị xóa", "<p>…</p>", 1));
		assertThat(awaitIds("bai")).hasSize(2);

		index.remove(new ArticleUnpublished("e1", NOON, "gone", 4, "bai-go-xuong"));
		index.remove(new ArticleDeleted("e2", NOON, "deleted", 4));
		index.put(article("gone", 3, "Bài gỡ xuống", "<p>…</p>", 0));
		index.put(article("marker", 1, "Bài sau cùng", "<p>…</p>", 2));

		assertThat(awaitIds("bai sau cung")).containsExactly("marker");
		assertThat(ids("bai")).containsExactly("marker");
	}

	@Test
	void aSnapshotLackingFieldsIsIndexedByWhatItHas() {
		index.put(new ArticlePublished("e1", NOON, "sparse", 1, "sparse", null, null, "<p>Chỉ có thân bài.</p>", null,
				null, null, null, null, null, null, null, null, null, null, null, null));

		assertThat(awaitIds("than bai")).containsExactly("sparse");
		assertThat(ids("null")).isEmpty();
	}

	@Test
	void pagesFollowEachOtherWithoutRepeatOrGap() {
		for (int i = 0; i < 25; i++) {
			index.put(article("a" + i, 1, "Tin thời sự số " + i,
					"<p>Tin thời sự " + "trong ngày ".repeat(i % 4) + "</p>", i));
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> index.documents() == 25 && ids("thoi su").size() == 10);

		List<String> seen = new ArrayList<>();
		SearchCursor cursor = null;
		do {
			SearchIndex.Page page = index.search(SearchQuery.parse("thoi su"), cursor, 10);
			seen.addAll(page.ids());
			cursor = page.next() == null ? null : SearchCursor.decode(page.next().encode());
		}
		while (cursor != null);

		assertThat(seen).hasSize(25).doesNotHaveDuplicates();
	}

	private List<String> awaitIds(String query) {
		await().atMost(Duration.ofSeconds(5)).until(() -> !ids(query).isEmpty());
		return ids(query);
	}

	private List<String> ids(String query) {
		return index.search(SearchQuery.parse(query), null, 10).ids();
	}

	private static ArticlePublished article(String id, long revision, String title, String body, int minutes) {
		return new ArticlePublished("e-" + id + "-" + revision, NOON, id, revision, id, title, "", body, "Thời sự",
				List.of(), "", null, null, List.of(), List.of(), List.of(), "", "", "", NOON.plusSeconds(60L * minutes),
				NOON);
	}

}
