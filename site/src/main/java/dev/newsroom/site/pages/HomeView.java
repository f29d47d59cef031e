package dev.newsroom.site.pages;

import java.util.List;

/**
 * The home page: the latest articles, then a block per section.
 *
 * @param lead the newest article, shown large
 */
public record HomeView(Teaser lead, List<Teaser> latest, List<SectionBlock> sections) {

	public record SectionBlock(String name, String href, List<Teaser> items) {
	}

}
