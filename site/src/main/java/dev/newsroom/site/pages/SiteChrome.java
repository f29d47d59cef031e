package dev.newsroom.site.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.newsroom.site.SiteSettings;
import dev.newsroom.site.articles.Keys;
import dev.newsroom.site.editorial.Link;
import dev.newsroom.site.editorial.SiteContent;
import dev.newsroom.site.galleries.SiteGalleries;
import dev.newsroom.site.media.SiteMedia;
import dev.newsroom.site.views.MostRead;
import dev.newsroom.site.widgets.WidgetValues;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * What surrounds every page, made again about once a second by each instance: every page
 * shows it, and a second is as long as the pages themselves are cached, so an editor's
 * change still shows within about one. It is made again in the background while pages go
 * on with the one before, so that no reader's page waits for its half a dozen reads.
 */
@Component
class SiteChrome implements DisposableBean {

	private static final Duration FRESH_FOR = Duration.ofSeconds(1);

	private static final int MOST_READ = 10;

	private static final int VIDEOS = 4;

	private static final int GALLERY_PHOTOS = 6;

	private final SiteSettings settings;

	private final SiteContent content;

	private final Sections sections;

	private final SiteGalleries galleries;

	private final SiteMedia media;

	private final MostRead mostRead;

	private final Teasers teasers;

	private final Assets assets;

	private final WidgetValues widgets;

	private final Clock clock;

	private final ExecutorService maker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "site-chrome");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * One entry: made by the first page, read again in the background by the first page
	 * after a second. A failure keeps the one before (Caffeine logs it), and the next
	 * page asks again.
	 */
	private final LoadingCache<Boolean, Chrome> made = Caffeine.newBuilder()
		.executor(maker)
		.refreshAfterWrite(FRESH_FOR)
		.build(any -> make());

	SiteChrome(SiteSettings settings, SiteContent content, Sections sections, SiteGalleries galleries, SiteMedia media,
			MostRead mostRead, Teasers teasers, Assets assets, WidgetValues widgets, Clock clock) {
		this.settings = settings;
		this.content = content;
		this.sections = sections;
		this.galleries = galleries;
		this.media = media;
		this.mostRead = mostRead;
		this.teasers = teasers;
		this.assets = assets;
		this.widgets = widgets;
		this.clock = clock;
	}

	/** The first page an instance serves makes it; later ones never wait for it. */
	Chrome current() {
		return made.get(Boolean.TRUE);
	}

	@Override
	public void destroy() {
		maker.shutdownNow();
	}

	private Chrome make() {
		Instant now = clock.instant();
		List<Teaser> read = mostRead.of("week", "")
			.stream()
			.limit(MOST_READ)
			.map(item -> new Teaser(item.title(), Paths.article(item.slug()), null, null, null, item.section(), null))
			.toList();
		GalleryTeaser gallery = teasers.galleries(galleries.newest(0, 1), GALLERY_PHOTOS)
			.stream()
			.findFirst()
			.orElse(null);
		return new Chrome(settings.name(), content.menu().orElseGet(() -> defaultMenu(now)), read, gallery,
				teasers.videos(media.videos(0, VIDEOS)), content.links(), widgets.current(), assets.version());
	}

	/** Until editors make a menu: home, every section, the galleries, videos, archive. */
	private List<Link> defaultMenu(Instant now) {
		List<Link> menu = new ArrayList<>();
		menu.add(new Link("Trang chủ", "/"));
		sections.names()
			.stream()
			.limit(8)
			.forEach(section -> menu.add(new Link(section, Paths.section(Keys.of(section)))));
		menu.add(new Link("Ảnh", "/anh"));
		menu.add(new Link("Video", "/video"));
		LocalDate today = LocalDate.ofInstant(now, settings.timeZone());
		menu.add(new Link("Lưu trữ", Paths.archive(today.getYear(), today.getMonthValue())));
		menu.add(new Link("Giới thiệu", "/gioi-thieu"));
		return menu;
	}

}
