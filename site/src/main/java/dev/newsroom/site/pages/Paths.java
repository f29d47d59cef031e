package dev.newsroom.site.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The site's addresses, in Vietnamese as its readers know them. */
final class Paths {

	private Paths() {
	}

	static String article(String slug) {
		return "/bai-viet/" + slug;
	}

	static String section(String key) {
		return "/chuyen-muc/" + key;
	}

	static String tag(String key) {
		return "/tag/" + key;
	}

	static String gallery(String id) {
		return "/anh/" + id;
	}

	static String archive(int year, int month) {
		return String.format("/luu-tru/%04d/%02d", year, month);
	}

	static String search(String query) {
		return "/tim-kiem?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
	}

	/** The same list, another page: {@code ?trang=2}. */
	static String page(String path, int page) {
		if (page <= 1) {
			return path;
		}
		return path + (path.contains("?") ? "&" : "?") + "trang=" + page;
	}

}
