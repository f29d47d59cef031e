package dev.newsroom.contracts;

/**
 * Kafka topics of the system. Every record is keyed by the id of the aggregate it speaks
 * of, so that one aggregate's events stay in order on one partition.
 */
public final class Topics {

	/** Article lifecycle, keyed by article id; produced by article-service. */
	public static final String ARTICLES = "articles.v1";

	/** Media lifecycle, keyed by media id; produced by media-service. */
	public static final String MEDIA = "media.v1";

	/** One raw page view each, keyed by article id; produced by view-counter ingest. */
	public static final String VIEWS = "views.v1";

	/** Absolute view totals, keyed by article id; compacted, so the last total wins. */
	public static final String VIEW_COUNTS = "view-counts.v1";

	private Topics() {
	}

}
