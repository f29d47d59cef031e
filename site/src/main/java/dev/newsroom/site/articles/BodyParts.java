package dev.newsroom.site.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * An article's body cut, once when it arrives, into HTML and the library's photos, so
 * that a page is put together without parsing HTML. A photo is a {@code figure} holding
 * one image of the library, or such an image standing alone in the body or in a paragraph
 * of its own. Images inside text stay in the HTML, loaded lazily, and so do embedded
 * players.
 */
final class BodyParts {

	private static final Pattern MEDIA_URL = Pattern.compile("^/media/([A-Za-z0-9-]{1,64})(?:[/?].*)?$");

	private BodyParts() {
	}

	static List<BodyPart> of(String body) {
		Document document = Jsoup.parseBodyFragment(body == null ? "" : body);
		document.outputSettings().prettyPrint(false);
		for (Element image : document.select("img, iframe")) {
			image.attr("loading", "lazy");
		}
		List<BodyPart> parts = new ArrayList<>();
		StringBuilder html = new StringBuilder();
		for (Node node : document.body().childNodes()) {
			Element image = node instanceof Element element ? photoIn(element) : null;
			String mediaId = image == null ? null : mediaIdOf(image);
			if (mediaId == null) {
				html.append(node.outerHtml());
				continue;
			}
			if (!html.toString().isBlank()) {
				parts.add(BodyPart.html(html.toString()));
			}
			html.setLength(0);
			Element caption = ((Element) node).selectFirst("figcaption");
			String text = caption == null ? "" : caption.text().strip();
			parts.add(BodyPart.photo(mediaId, text.isEmpty() ? null : text));
		}
		if (!html.toString().isBlank()) {
			parts.add(BodyPart.html(html.toString()));
		}
		return parts;
	}

	/** The one image a block stands for, or null when it is more than a photo. */
	private static Element photoIn(Element block) {
		if (block.nameIs("img")) {
			return block;
		}
		if (block.nameIs("figure") || block.nameIs("p")) {
			var images = block.select("img");
			boolean onlyImage = block.nameIs("figure") || block.text().isBlank();
			if (images.size() == 1 && onlyImage && block.select("iframe, table, ul, ol").isEmpty()) {
				return images.first();
			}
		}
		return null;
	}

	private static String mediaIdOf(Element image) {
		Matcher url = MEDIA_URL.matcher(image.attr("src"));
		return url.matches() ? url.group(1) : null;
	}

}
