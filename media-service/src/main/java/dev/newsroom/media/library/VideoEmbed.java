package dev.newsroom.media.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A video of a host the site embeds (YouTube, Vimeo, Dailymotion), known by its id: the
 * page it is watched on and the player the page embeds, both rebuilt from the id, so that
 * nothing of the URL an editor pasted but the id reaches a page. The server never fetches
 * either.
 */
public record VideoEmbed(String provider, String videoId) {

	private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");

	private static final Pattern YOUTUBE_PATH = Pattern.compile("/(?:embed|shorts|live|v)/([A-Za-z0-9_-]{11})/?");

	private static final Pattern YOUTU_BE_PATH = Pattern.compile("/([A-Za-z0-9_-]{11})/?");

	private static final Pattern VIMEO_PATH = Pattern.compile("/(?:video/)?(\\d{1,12})/?");

	private static final Pattern DAILYMOTION_PATH = Pattern.compile("/(?:embed/)?video/([a-zA-Z0-9]{5,12})/?");

	private static final Pattern DAILYMOTION_SHORT = Pattern.compile("/([a-zA-Z0-9]{5,12})/?");

	public static final String HOSTS = "YouTube, Vimeo or Dailymotion";

	/** The video a URL of an allowed host shows, if it is one. */
	public static Optional<VideoEmbed> of(String url) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException | NullPointerException notAUrl) {
			return Optional.empty();
		}
		if (uri.getHost() == null || uri.getScheme() == null || !uri.getScheme().matches("(?i)https?")
				|| uri.getUserInfo() != null || uri.getPort() != -1) {
			return Optional.empty();
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		String path = uri.getPath() == null ? "" : uri.getPath();
		return switch (host) {
			case "youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com",
					"www.youtube-nocookie.com" ->
				path.equals("/watch") ? queryParameter(uri, "v").filter(id -> YOUTUBE_ID.matcher(id).matches())
					.map(id -> new VideoEmbed("youtube", id)) : match(YOUTUBE_PATH, path, "youtube");
			case "youtu.be" -> match(YOUTU_BE_PATH, path, "youtube");
			case "vimeo.com", "www.vimeo.com", "player.vimeo.com" -> match(VIMEO_PATH, path, "vimeo");
			case "dailymotion.com", "www.dailymotion.com" -> match(DAILYMOTION_PATH, path, "dailymotion");
			case "dai.ly" -> match(DAILYMOTION_SHORT, path, "dailymotion");
			default -> Optional.empty();
		};
	}

	/** Where readers watch it on its host. */
	public String pageUrl() {
		return switch (provider) {
			case "youtube" -> "https://www.youtube.com/watch?v=" + videoId;
			case "vimeo" -> "https://vimeo.com/" + videoId;
			default -> "https://www.dailymotion.com/video/" + videoId;
		};
	}

	/** The player a page embeds in an iframe; YouTube's without its cookies. */
	public String playerUrl() {
		return switch (provider) {
			case "youtube" -> "https://www.youtube-nocookie.com/embed/" + videoId;
			case "vimeo" -> "https://player.vimeo.com/video/" + videoId;
			default -> "https://www.dailymotion.com/embed/video/" + videoId;
		};
	}

	private static Optional<VideoEmbed> match(Pattern pattern, String path, String provider) {
		Matcher matcher = pattern.matcher(path);
		return matcher.matches() ? Optional.of(new VideoEmbed(provider, matcher.group(1))) : Optional.empty();
	}

	private static Optional<String> queryParameter(URI uri, String name) {
		if (uri.getRawQuery() == null) {
			return Optional.empty();
		}
		for (String pair : uri.getRawQuery().split("&")) {
			if (pair.startsWith(name + "=")) {
				return Optional.of(pair.substring(name.length() + 1));
			}
		}
		return Optional.empty();
	}

}
