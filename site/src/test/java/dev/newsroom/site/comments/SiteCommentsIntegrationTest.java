package dev.newsroom.site.comments;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.Topics;
import dev.newsroom.contracts.comment.CommentApproved;
import dev.newsroom.contracts.comment.CommentWithdrawn;
import dev.newsroom.site.SampleEvents;
import dev.newsroom.site.SiteTest;
import dev.newsroom.site.articles.ArticleEntry;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** "Ý kiến bạn đọc" under the article: the approved comments, and the form. */
class SiteCommentsIntegrationTest extends SiteTest {

	@Autowired
	SiteComments comments;

	@Autowired
	JsonMapper json;

	@Test
	void theApprovedCommentsShowUnderTheArticleEscapedWithTheirLineBreaksAndReadersTime() {
		String article = anArticle();
		comments.approved(approved(SampleEvents.id(), article, 1, "<script>alert('tên')</script>",
				"Dòng một <b>đậm</b>\nDòng hai", Instant.parse("2020-10-16T01:30:00Z")));
		comments.approved(approved(SampleEvents.id(), article, 1, "Trần Bình", "Ý kiến sau",
				Instant.parse("2020-10-16T02:00:00Z")));

		Document page = page(article);

		assertThat(page.select("#y-kien-ban-doc").text()).isEqualTo("Ý kiến bạn đọc (2)");
		var first = page.selectFirst(".comment");
		assertThat(first.selectFirst(".comment-name").text()).isEqualTo("<script>alert('tên')</script>");
		assertThat(first.selectFirst("time").text()).as("on the readers' calendar").isEqualTo("08:30 16/10/2020");
		assertThat(first.selectFirst(".comment-text").wholeText()).isEqualTo("Dòng một <b>đậm</b>\nDòng hai");
		assertThat(first.select(".comment-text br")).hasSize(1);
		assertThat(page.select(".comments script, .comments b")).as("no markup of a reader's").isEmpty();
		assertThat(page.select(".comment-name").eachText()).element(1).isEqualTo("Trần Bình");
		var form = page.selectFirst("form[data-comment-form]");
		assertThat(form.attr("data-article-id")).isEqualTo(article);
		assertThat(form.select("[data-captcha]").text()).isEqualTo("(Bấm vào đây để nhận mã)");
		assertThat(form.select("input[name=name], input[name=email], textarea[name=content]")).hasSize(3);
	}

	@Test
	void aWithdrawnCommentGoesAndAnOlderRevisionDoesNotBringItBack() {
		String article = anArticle();
		String id = SampleEvents.id();
		comments.approved(approved(id, article, 1, "Lê Chi", "Sẽ bị gỡ", Instant.now()));
		assertThat(page(article).select(".comment")).hasSize(1);

		comments.withdrawn(new CommentWithdrawn(SampleEvents.id(), Instant.now(), id, article, 2));
		comments.approved(approved(id, article, 1, "Lê Chi", "Sẽ bị gỡ", Instant.now()));

		assertThat(page(article).select(".comment")).isEmpty();
		assertThat(page(article).select("#y-kien-ban-doc").text()).isEqualTo("Ý kiến bạn đọc (0)");
	}

	@Test
	void aCommentApprovedBeforeItsArticleWasStoredShowsUnderIt() {
		String article = SampleEvents.id();
		comments.approved(approved(SampleEvents.id(), article, 1, "Phạm Lan", "Đến trước bài", Instant.now()));

		articles.published(SampleEvents.article(article, 1, "y-kien-" + article, "Bài có ý kiến", "Thời sự",
				"<p>Nội dung</p>", null, List.of(), List.of(), List.of()));

		assertThat(page(article).select(".comment-text").text()).isEqualTo("Đến trước bài");
		assertThat(articles.bySlug("y-kien-" + article)).map(ArticleEntry::commented).hasValue(true);
	}

	@Test
	void aLongDiscussionShowsItsNewestTwoHundredInOrderAndCountsThemAll() {
		String article = anArticle();
		Instant first = Instant.parse("2026-11-01T00:00:00Z");
		for (int i = 0; i < 202; i++) {
			comments.approved(approved(SampleEvents.id(), article, 1, "Bạn " + i, "Ý kiến " + i, first.plusSeconds(i)));
		}

		Document page = page(article);

		assertThat(page.select("#y-kien-ban-doc").text()).isEqualTo("Ý kiến bạn đọc (202)");
		assertThat(page.select(".comment-name").eachText()).hasSize(200).startsWith("Bạn 2").endsWith("Bạn 201");
	}

	@Test
	void commentsArriveFromTheirTopicAndATombstoneRemovesThem() {
		String article = anArticle();
		String id = SampleEvents.id();
		TestTopics.send(Infrastructure.embedded(),
				TestTopics.cloudEvent(Topics.COMMENTS, id, CommentApproved.TYPE.name(),
						json.writeValueAsString(approved(id, article, 1, "Qua Kafka", "Chào", Instant.now()))));

		await().atMost(Duration.ofSeconds(30)).until(() -> page(article).select(".comment").size() == 1);

		TestTopics.send(Infrastructure.embedded(), new ProducerRecord<>(Topics.COMMENTS, id, null));
		await().atMost(Duration.ofSeconds(30)).until(() -> page(article).select(".comment").isEmpty());
	}

	private String anArticle() {
		String id = SampleEvents.id();
		articles.published(SampleEvents.article(id, 1, "y-kien-" + id, "Bài có ý kiến", "Thời sự", "<p>Nội dung</p>",
				null, List.of(), List.of(), List.of()));
		return id;
	}

	private Document page(String article) {
		var response = http.get("/bai-viet/y-kien-" + article);
		assertThat(response.status()).isEqualTo(200);
		return Jsoup.parse(response.text());
	}

	private static CommentApproved approved(String id, String article, long revision, String name, String content,
			Instant postedAt) {
		return new CommentApproved(SampleEvents.id(), Instant.now(), id, article, revision, name, content, postedAt);
	}

}
