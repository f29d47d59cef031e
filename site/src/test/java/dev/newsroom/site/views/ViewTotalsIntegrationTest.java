package dev.newsroom.site.views;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.newsroom.contracts.views.ViewCountChanged;
import dev.newsroom.events.Delivery;
import dev.newsroom.site.SiteTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ViewTotalsIntegrationTest extends SiteTest {

	@Test
	void eachArticleKeepsItsLargestTotalWhateverOrderTotalsArriveIn() {
		String hoiAn = UUID.randomUUID().toString();
		String sapa = UUID.randomUUID().toString();
		assertThat(views.of(hoiAn)).isZero();

		views.changed(List.of(total(hoiAn, 41)));
		assertThat(views.of(hoiAn)).isEqualTo(41);

		views.changed(List.of(total(hoiAn, 2287), total(sapa, 7), total(hoiAn, 2000)));
		views.changed(List.of(total(hoiAn, 2286), total(sapa, 6)));
		assertThat(views.of(hoiAn)).isEqualTo(2287);
		assertThat(views.of(sapa)).isEqualTo(7);
	}

	@Test
	void aForgottenArticleCountsFromNothingAgain() {
		String articleId = UUID.randomUUID().toString();
		views.changed(List.of(total(articleId, 15)));

		views.forgotten(articleId);

		assertThat(views.of(articleId)).isZero();
		views.changed(List.of(total(articleId, 3)));
		assertThat(views.of(articleId)).isEqualTo(3);
	}

	private static Delivery<ViewCountChanged> total(String articleId, long total) {
		return new Delivery<>(new ViewCountChanged(UUID.randomUUID().toString(), Instant.now(), articleId, total),
				articleId, 0, total);
	}

}
