package dev.newsroom.site.editorial;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.newsroom.web.text.SafeHtml;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * What editors keep on the site itself: its pages, the menu and the links to other
 * agencies' portals ("Liên kết website"). Each is one document, replaced whole.
 */
@Component
public class SiteContent {

	static final String MENU = "menu";

	static final String LINKS = "links";

	private final MongoTemplate mongo;

	private final Clock clock;

	SiteContent(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public Optional<SitePage> page(String key) {
		return Optional.ofNullable(mongo.findById(key, SitePage.class));
	}

	/** The menu, or none when editors have not made one. */
	public Optional<List<Link>> menu() {
		return list(MENU);
	}

	public List<Link> links() {
		return list(LINKS).orElse(List.of());
	}

	Optional<List<Link>> list(String name) {
		return Optional.ofNullable(mongo.findById(name, LinkList.class)).map(LinkList::items);
	}

	/** Stores the page with its body cleaned; says what the cleaning removed. */
	SavedPage savePage(String key, String title, String body, String editor) {
		SafeHtml html = SafeHtml.clean(body);
		SitePage page = new SitePage(key, title, html.html(), clock.instant(), editor);
		mongo.save(page);
		return new SavedPage(page, html.removed());
	}

	List<Link> saveList(String name, List<Link> items, String editor) {
		mongo.save(new LinkList(name, List.copyOf(items), clock.instant(), editor));
		return items;
	}

	record SavedPage(SitePage page, List<String> removed) {
	}

}
