package dev.newsroom.web.text;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * HTML as it may be stored, an article's body or a page of the site: the editor's HTML
 * cleaned against an allowlist, and what the cleaning removed, so the editor is told
 * rather than surprised. What a report needs stays: paragraphs, headings, emphasis,
 * lists, quotes, tables, links (with {@code rel="noopener noreferrer"} when they leave
 * the site), figures with captions, photos of the media library and videos of known
 * hosts. Scripts, event handlers, {@code javascript:} and {@code data:} URLs, styles,
 * forms, SVG and anything else never reach the database, whatever the editor's tool
 * pasted.
 */
public record SafeHtml(String html, List<String> removed) {

	/** Where embedded videos may come from: their players, never arbitrary pages. */
	public static final Set<String> VIDEO_HOSTS = Set.of("www.youtube.com", "www.youtube-nocookie.com",
			"player.vimeo.com");

	/** A photo of this system's media library, as its renditions are served. */
	private static final Pattern MEDIA_URL = Pattern.compile("/media/[A-Za-z0-9-]{1,64}(/[A-Za-z0-9._-]{1,64})?");

	/** Relative links stay relative: they point into the site. */
	private static final String BASE = "https://newsroom.invalid";

	private static final Safelist ALLOWED = new Safelist()
		.addTags("p", "br", "hr", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup", "ul", "ol", "li",
				"blockquote", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "figure", "figcaption",
				"a", "img", "iframe")
		.addAttributes("a", "href", "title")
		.addProtocols("a", "href", "http", "https", "mailto")
		.addAttributes("img", "src", "alt", "width", "height")
		.addAttributes("iframe", "src", "width", "height", "title", "allowfullscreen")
		.addProtocols("iframe", "src", "https")
		.addAttributes("ol", "start")
		.addAttributes("th", "colspan", "rowspan", "scope")
		.addAttributes("td", "colspan", "rowspan")
		.preserveRelativeLinks(true);

	public SafeHtml {
		removed = List.copyOf(removed);
	}

	public static SafeHtml clean(String html) {
		Document dirty = Jsoup.parseBodyFragment(html, BASE);
		Set<String> removed = new LinkedHashSet<>();
		for (Element element : dirty.body().getAllElements()) {
			if (element == dirty.body()) {
				continue;
			}
			String tag = element.normalName();
			if (!ALLOWED.isSafeTag(tag)) {
				removed.add("<" + tag + ">");
				continue;
			}
			for (Attribute attribute : element.attributes()) {
				if (!ALLOWED.isSafeAttribute(tag, element, attribute)) {
					removed.add(attribute.getKey() + " on <" + tag + ">");
				}
			}
		}
		Document clean = new Cleaner(ALLOWED).clean(dirty);
		clean.outputSettings().prettyPrint(false);
		for (Element image : clean.select("img")) {
			if (!MEDIA_URL.matcher(image.attr("src")).matches()) {
				removed.add("<img> not from the media library");
				image.remove();
			}
		}
		for (Element frame : clean.select("iframe")) {
			if (!VIDEO_HOSTS.contains(hostOf(frame.attr("src")))) {
				removed.add("<iframe> not from a video host");
				frame.remove();
			}
		}
		for (Element link : clean.select("a[href]")) {
			if (link.attr("href").toLowerCase(Locale.ROOT).matches("https?:.*")) {
				link.attr("rel", "noopener noreferrer");
			}
		}
		return new SafeHtml(clean.body().html(), List.copyOf(removed));
	}

	private static String hostOf(String url) {
		try {
			String host = URI.create(url).getHost();
			return host == null ? "" : host.toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

}
