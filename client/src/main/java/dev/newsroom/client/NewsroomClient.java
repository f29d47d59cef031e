package dev.newsroom.client;

import java.io.ByteArrayOutputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;

/**
 * The Newsroom API for Java programs, through the gateway. Readers need no login; editors
 * call {@link #login} first, and the client sends the token with every request after
 * that. Every error answer becomes a {@link NewsroomException} carrying the problem
 * document.
 */
public final class NewsroomClient implements AutoCloseable {

	private final HttpClient http;

	private final BlockingHttpClient blocking;

	private String token;

	private NewsroomClient(HttpClient http) {
		this.http = http;
		this.blocking = http.toBlocking();
	}

	public static NewsroomClient connect(URI gateway) {
		try {
			return new NewsroomClient(HttpClient.create(gateway.toURL()));
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException("Not a gateway URL: " + gateway, ex);
		}
	}

	/** Logs in as an editor; later calls act with that editor's roles. */
	public Token login(String username, String password) {
		Token issued = call(HttpRequest.POST("/api/auth/token", new Model.Credentials(username, password)),
				Token.class);
		this.token = issued.accessToken();
		return issued;
	}

	public Article createArticle(NewArticle article) {
		return call(authorized(HttpRequest.POST("/api/admin/articles", article)), Article.class);
	}

	public Article publish(String articleId) {
		return call(authorized(HttpRequest.POST("/api/admin/articles/" + articleId + "/publish", "")), Article.class);
	}

	public PublishedArticle article(String slug) {
		return call(HttpRequest.GET("/api/articles/" + slug), PublishedArticle.class);
	}

	public ArticlePage articles(String section) {
		var uri = UriBuilder.of("/api/articles").queryParam("section", section).build();
		return call(HttpRequest.GET(uri), ArticlePage.class);
	}

	/**
	 * Records a page view.
	 * @param visitorId the id a previous view of this visitor was given, or null for a
	 * first view
	 * @return the visitor id to send with this visitor's next views
	 */
	public String recordView(String articleId, String visitorId) {
		return call(HttpRequest.POST("/api/views", new Model.PageView(articleId, visitorId)), Model.AcceptedViews.class)
			.visitorId();
	}

	public ViewCount viewCount(String articleId) {
		return call(HttpRequest.GET("/api/views/" + articleId), ViewCount.class);
	}

	public Media upload(String filename, byte[] content, String caption, String credit) {
		String boundary = "newsroom-" + UUID.randomUUID();
		byte[] body = Multipart.of(boundary)
			.file("file", filename, content)
			.field("caption", caption)
			.field("credit", credit)
			.build();
		return call(authorized(HttpRequest.POST("/api/admin/media", body)
			.contentType(MediaType.MULTIPART_FORM_DATA + "; boundary=" + boundary)), Media.class);
	}

	public Media media(String mediaId) {
		return call(HttpRequest.GET("/api/media/" + mediaId), Media.class);
	}

	public MediaContent mediaContent(String mediaId) {
		HttpResponse<byte[]> response = exchange(HttpRequest.GET("/media/" + mediaId), byte[].class);
		return new MediaContent(response.getContentType().map(MediaType::toString).orElse(""),
				response.getBody().orElse(new byte[0]));
	}

	/**
	 * The comments waiting for an editor's decision, the oldest first: of one article, or
	 * of all when {@code articleId} is null.
	 */
	public ModeratedComment.Page pendingComments(String articleId) {
		return pendingComments(articleId, null);
	}

	/**
	 * The page after the one whose {@link ModeratedComment.Page#next()} is
	 * {@code cursor}.
	 */
	public ModeratedComment.Page pendingComments(String articleId, String cursor) {
		var uri = UriBuilder.of("/api/admin/comments").queryParam("status", "PENDING");
		if (articleId != null) {
			uri.queryParam("articleId", articleId);
		}
		if (cursor != null) {
			uri.queryParam("cursor", cursor);
		}
		return call(authorized(HttpRequest.GET(uri.build())), ModeratedComment.Page.class);
	}

	/**
	 * Shows the comment under its article, with its text as the editor saw it. Every
	 * decision is taken on a copy the editor read (from {@link #pendingComments}), so
	 * that two editors cannot undo each other's unknowingly.
	 * @throws NewsroomException with status 412 if another editor decided on it or
	 * corrected it since {@code seen} was read
	 */
	public ModeratedComment approveComment(ModeratedComment seen) {
		return moderate(seen, "approve");
	}

	/**
	 * Refuses the comment as the editor saw it; one already shown is taken off the page.
	 * @throws NewsroomException with status 412 if another editor changed it since
	 */
	public ModeratedComment rejectComment(ModeratedComment seen) {
		return moderate(seen, "reject");
	}

	/**
	 * Refuses the comment as spam, as the editor saw it; one already shown is taken off
	 * the page.
	 * @throws NewsroomException with status 412 if another editor changed it since
	 */
	public ModeratedComment markCommentSpam(ModeratedComment seen) {
		return moderate(seen, "spam");
	}

	@Override
	public void close() {
		http.close();
	}

	/** Refused if another editor changed the comment since {@code seen} was read. */
	private ModeratedComment moderate(ModeratedComment seen, String decision) {
		return call(authorized(HttpRequest.POST("/api/admin/comments/" + seen.id() + "/" + decision, "")
			.header(HttpHeaders.IF_MATCH, "\"" + seen.version() + "\"")), ModeratedComment.class);
	}

	private <T> MutableHttpRequest<T> authorized(MutableHttpRequest<T> request) {
		return token == null ? request : request.bearerAuth(token);
	}

	private <T> T call(HttpRequest<?> request, Class<T> type) {
		return exchange(request, type).body();
	}

	private <T> HttpResponse<T> exchange(HttpRequest<?> request, Class<T> type) {
		try {
			return blocking.exchange(request, Argument.of(type), Argument.of(Problem.class));
		}
		catch (HttpClientResponseException ex) {
			Optional<Problem> problem = ex.getResponse().getBody(Problem.class);
			throw new NewsroomException(ex.getStatus().getCode(),
					problem.orElse(new Problem(null, ex.getStatus().getReason(), ex.getStatus().getCode(),
							ex.getMessage(), request.getPath(), List.of())));
		}
	}

	/**
	 * multipart/form-data, written by hand: the JDK-based client sends it as plain bytes.
	 */
	private static final class Multipart {

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		private final String boundary;

		private Multipart(String boundary) {
			this.boundary = boundary;
		}

		static Multipart of(String boundary) {
			return new Multipart(boundary);
		}

		Multipart file(String name, String filename, byte[] content) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
					+ filename.replace("\"", "") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
			body.writeBytes(content);
			write("\r\n");
			return this;
		}

		Multipart field(String name, String value) {
			if (value != null) {
				write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
						+ "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n");
			}
			return this;
		}

		byte[] build() {
			write("--" + boundary + "--\r\n");
			return body.toByteArray();
		}

		private void write(String text) {
			body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

}
