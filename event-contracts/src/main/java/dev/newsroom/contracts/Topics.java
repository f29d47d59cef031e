package dev.newsroom.contracts;

/**
 * Kafka topics of the system. Every record is keyed by the id of the aggregate it speaks
 * of, so that one aggregate's events stay in order on one partition. Entity topics are
 * compacted and keep the latest public snapshot of every entity for good, so that a new
 * or recovering consumer rebuilds its read model from the topic alone.
 */
public final class Topics {

	/** Article lifecycle, keyed by article id; an entity topic of article-service. */
	public static final String ARTICLES = "articles.v1";

	/** Media lifecycle, keyed by media id; an entity topic of media-service. */
	public static final String MEDIA = "media.v1";

	/**
	 * Photo galleries of the public site, keyed by gallery id; an entity topic of
	 * media-service.
	 */
	public static final String GALLERIES = "galleries.v1";

	/** One raw page view each, keyed by article id; produced by view-counter ingest. */
	public static final String VIEWS = "views.v1";

	/** Absolute view totals, keyed by article id; an entity topic of the view counter. */
	public static final String VIEW_COUNTS = "view-counts.v1";

	/**
	 * The most-read lists, keyed by window and section ({@code week|Thời sự}, or
	 * {@code week|} for all sections); an entity topic of the view counter, so a page
	 * shows the lists without calling it.
	 */
	public static final String MOST_READ = "most-read.v1";

	/**
	 * Readers' comments editors approved, keyed by comment id; an entity topic of
	 * comment-service: the latest snapshot of each, and a tombstone once it is withdrawn.
	 */
	public static final String COMMENTS = "comments.v1";

	/** Every moderation decision, keyed by comment id; produced by comment-service. */
	public static final String COMMENT_DECISIONS = "comment-decisions.v1";

	private Topics() {
	}

}
