package dev.newsroom.site;

import java.util.Map;

import dev.newsroom.contracts.Topics;
import dev.newsroom.site.articles.SiteArticles;
import dev.newsroom.site.galleries.SiteGalleries;
import dev.newsroom.site.media.SiteMedia;
import dev.newsroom.site.views.MostRead;
import dev.newsroom.site.views.ViewTotals;
import dev.newsroom.testsupport.Infrastructure;
import dev.newsroom.testsupport.TestHttp;
import dev.newsroom.testsupport.TestTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The site on the embedded broker and MongoDB-wire server. Tests fill the read model
 * through the same handlers the subscriptions call, and read the pages over HTTP.
 */
// no widget providers but those a test sets up: these machines reach no bank
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "newsroom.site.base-url=https://tinh.example.vn", "newsroom.site.widgets.exchange-rates.url=",
				"newsroom.site.widgets.weather.url=" })
public abstract class SiteTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected SiteArticles articles;

	@Autowired
	protected SiteMedia media;

	@Autowired
	protected SiteGalleries galleries;

	@Autowired
	protected ViewTotals views;

	@Autowired
	protected MostRead mostRead;

	protected TestHttp http;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		Infrastructure.embedded().register(registry);
		for (String topic : new String[] { Topics.ARTICLES, Topics.MEDIA, Topics.GALLERIES, Topics.VIEW_COUNTS,
				Topics.MOST_READ, Topics.COMMENTS }) {
			TestTopics.create(Infrastructure.embedded(), new NewTopic(topic, 3, (short) 1)
				.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
		}
	}

	@BeforeEach
	void connect() {
		http = new TestHttp("http://localhost:" + port);
	}

}
