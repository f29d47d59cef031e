package dev.newsroom.site.editorial;

import dev.newsroom.web.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An entry of the menu or of the links block: what it says and where it goes, a page of
 * the site ({@code /chuyen-muc/thoi-su}) or another site ({@code https://chinhphu.vn}).
 */
public record Link(@NotBlank @Size(max = 120) @PlainText String title,
		@NotNull @Pattern(regexp = "(https?://[^\\s/]+|/(?![/\\\\]))[^\\s]{0,1990}",
				message = "must be an http or https address, or a path of the site starting with /") String url) {

	/** Whether it leaves the site, which opens it with {@code rel="noopener"}. */
	public boolean external() {
		return url.startsWith("http");
	}

}
