package dev.newsroom.site.pages;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.newsroom.site.articles.ArticleEntry;
import dev.newsroom.site.articles.SiteArticles;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The lists every page draws on and that change slowly, read from the articles in the
 * background and kept by each instance: listing the sections, or the newest of one, reads
 * many articles, and a reader's page must not wait for it nor for the reads it holds up.
 */
@Component
class Sections implements DisposableBean {

	/** A new section shows in the menu within this. */
	private static final Duration NAMES_FOR = Duration.ofSeconds(30);

	/**
	 * The newest of a section fill "Tin liên quan", where a few seconds do not matter.
	 */
	private static final Duration NEWEST_FOR = Duration.ofSeconds(10);

	/** The database's reads, off the common pool that others' quick tasks share. */
	private final ExecutorService reads = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "site-sections");
		thread.setDaemon(true);
		return thread;
	});

	private final LoadingCache<Boolean, List<String>> names;

	private final LoadingCache<String, List<ArticleEntry>> newest;

	Sections(SiteArticles articles) {
		// read again in the background when asked for after their time, and never kept
		// three times as long: a section read seldom waits for its list once
		this.names = Caffeine.newBuilder()
			.executor(reads)
			.refreshAfterWrite(NAMES_FOR)
			.expireAfterWrite(NAMES_FOR.multipliedBy(3))
			.build(all -> articles.sections());
		this.newest = Caffeine.newBuilder()
			.executor(reads)
			.maximumSize(1_000)
			.refreshAfterWrite(NEWEST_FOR)
			.expireAfterWrite(NEWEST_FOR.multipliedBy(3))
			.build(section -> articles.newestOfSection(section, 0, ArticlePages.RELATED * 2 + 1));
	}

	/** The sections that have published articles, by name. */
	List<String> names() {
		return names.get(Boolean.TRUE);
	}

	@Override
	public void destroy() {
		reads.shutdownNow();
	}

	/** The newest articles of a section, without their bodies. */
	List<ArticleEntry> newest(String sectionKey) {
		return newest.get(sectionKey);
	}

}
