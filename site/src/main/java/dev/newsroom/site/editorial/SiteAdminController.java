package dev.newsroom.site.editorial;

import java.time.Instant;
import java.util.List;

import dev.newsroom.web.text.PlainText;
import dev.newsroom.web.text.WellFormedText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Editors keep the site's own pages, its menu and its links block here. What they save
 * shows on the pages within a second (the pages are cached that long).
 */
@RestController
@RequestMapping("/api/admin/site")
class SiteAdminController {

	private static final String PAGE_KEY = "[a-z0-9]+(-[a-z0-9]+)*";

	private final SiteContent content;

	SiteAdminController(SiteContent content) {
		this.content = content;
	}

	@PutMapping("/pages/{key}")
	PageAnswer savePage(@PathVariable @Pattern(regexp = PAGE_KEY) @Size(max = 64) String key,
			@Valid @RequestBody PageRequest request, Authentication editor) {
		SiteContent.SavedPage saved = content.savePage(key, request.title(), request.body(), editor.getName());
		return PageAnswer.of(saved.page(), saved.removed());
	}

	@GetMapping("/pages/{key}")
	PageAnswer page(@PathVariable @Pattern(regexp = PAGE_KEY) @Size(max = 64) String key) {
		return content.page(key)
			.map(page -> PageAnswer.of(page, List.of()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no page " + key));
	}

	@PutMapping("/menu")
	Links saveMenu(@Valid @RequestBody Links menu, Authentication editor) {
		return new Links(content.saveList(SiteContent.MENU, menu.items(), editor.getName()));
	}

	@GetMapping("/menu")
	Links menu() {
		return new Links(content.menu().orElse(List.of()));
	}

	@PutMapping("/links")
	Links saveLinks(@Valid @RequestBody Links links, Authentication editor) {
		return new Links(content.saveList(SiteContent.LINKS, links.items(), editor.getName()));
	}

	@GetMapping("/links")
	Links links() {
		return new Links(content.links());
	}

	/**
	 * @param body HTML, cleaned as an article's body is
	 */
	record PageRequest(@NotBlank @Size(max = 300) @PlainText String title,
			@NotNull @Size(max = 200_000) @WellFormedText String body) {
	}

	/**
	 * @param removed what cleaning took out of the body
	 */
	record PageAnswer(String key, String title, String body, String lang, Instant updatedAt, String updatedBy,
			List<String> removed) {

		static PageAnswer of(SitePage page, List<String> removed) {
			return new PageAnswer(page.key(), page.title(), page.html(), page.lang(), page.updatedAt(),
					page.updatedBy(), removed);
		}

	}

	record Links(@NotNull @Size(max = 50) List<@NotNull @Valid Link> items) {
	}

}
