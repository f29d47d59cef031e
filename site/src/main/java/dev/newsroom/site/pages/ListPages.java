package dev.newsroom.site.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.newsroom.site.articles.ArticleEntry;
import dev.newsroom.site.articles.Keys;
import dev.newsroom.site.articles.SiteArticles;
import dev.newsroom.site.galleries.GalleryEntry;
import dev.newsroom.site.galleries.SiteGalleries;
import dev.newsroom.site.media.MediaEntry;
import dev.newsroom.site.media.SiteMedia;

import org.springframework.stereotype.Component;

/**
 * The pages that list things: home, sections, tags, the archive, search, galleries,
 * videos.
 */
@Component
class ListPages {

	static final int PAGE_SIZE = 20;

	/** Deeper pages of a list are the archive's job. */
	static final int LAST_PAGE = 500;

	private static final int HOME_LATEST = 9;

	private static final int HOME_SECTIONS = 8;

	private static final int SECTION_BLOCK = 4;

	private final SiteArticles articles;

	private final Sections sections;

	private final SiteGalleries galleries;

	private final SiteMedia media;

	private final Teasers teasers;

	private final Dates dates;

	ListPages(SiteArticles articles, Sections sections, SiteGalleries galleries, SiteMedia media, Teasers teasers,
			Dates dates) {
		this.articles = articles;
		this.sections = sections;
		this.galleries = galleries;
		this.media = media;
		this.teasers = teasers;
		this.dates = dates;
	}

	HomeView home() {
		List<Teaser> latest = teasers.of(articles.newest(0, HOME_LATEST + 1));
		List<HomeView.SectionBlock> blocks = new ArrayList<>();
		for (String section : sections.names().stream().limit(HOME_SECTIONS).toList()) {
			String key = Keys.of(section);
			blocks.add(new HomeView.SectionBlock(section, Paths.section(key),
					teasers.of(sections.newest(key).stream().limit(SECTION_BLOCK).toList())));
		}
		return new HomeView(latest.isEmpty() ? null : latest.get(0), latest.stream().skip(1).toList(), blocks);
	}

	Optional<ListView> section(String key, int page) {
		return list(page, Paths.section(key), (skip, limit) -> articles.newestOfSection(key, skip, limit),
				found -> found.get(0).section());
	}

	Optional<ListView> tag(String key, int page) {
		return list(page, Paths.tag(key), (skip, limit) -> articles.newestWithTag(key, skip, limit),
				found -> found.get(0).tags().stream().filter(tag -> Keys.of(tag).equals(key)).findFirst().orElse(key));
	}

	/** A month of the archive; an empty month is a page too, saying so. */
	Optional<ListView> month(int year, int month, int page) {
		String key = String.format("%04d-%02d", year, month);
		String heading = String.format("Lưu trữ tháng %02d/%04d", month, year);
		List<ArticleEntry> found = articles.ofMonth(key, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		if (found.isEmpty() && page > 1) {
			return Optional.empty();
		}
		return Optional.of(view(heading, null, Paths.archive(year, month), page, found));
	}

	ListView search(String query, int page) {
		List<ArticleEntry> found = query.isBlank() ? List.of()
				: articles.search(query, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		return view("Tìm kiếm", query, Paths.search(query), page, found);
	}

	Optional<Paged<GalleryTeaser>> galleries(int page) {
		return Paged.of("/anh", page, (skip, limit) -> teasers.galleries(galleries.newest(skip, limit), 1));
	}

	Optional<GalleryView> gallery(String id) {
		return galleries.byId(id).map(this::galleryView);
	}

	private GalleryView galleryView(GalleryEntry gallery) {
		Map<String, MediaEntry> photos = media.byIds(gallery.items().stream().map(item -> item.mediaId()).toList());
		return new GalleryView(gallery.title(), dates.day(gallery.publishedAt()),
				gallery.items()
					.stream()
					.map(item -> Pictures.figure(photos.get(item.mediaId()),
							item.caption() == null || item.caption().isBlank() ? null : item.caption(), null))
					.filter(Objects::nonNull)
					.toList());
	}

	Optional<Paged<VideoView>> videos(int page) {
		return Paged.of("/video", page, (skip, limit) -> teasers.videos(media.videos(skip, limit)));
	}

	/** A list that has no articles is no page: an unknown section or tag, or too far. */
	private Optional<ListView> list(int page, String path, BiFunction<Integer, Integer, List<ArticleEntry>> query,
			Function<List<ArticleEntry>, String> heading) {
		List<ArticleEntry> found = query.apply((page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(view(heading.apply(found), null, path, page, found));
	}

	private ListView view(String heading, String query, String path, int page, List<ArticleEntry> found) {
		Paged<ArticleEntry> paged = Paged.of(path, page, found);
		return new ListView(heading, query, teasers.of(paged.items()), page, paged.previousHref(), paged.nextHref());
	}

}
