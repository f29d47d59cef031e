package dev.newsroom.site.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

import org.springframework.stereotype.Component;

/**
 * The pages' templates, compiled to Java classes when the site is built (jte): a page is
 * written straight to UTF-8 bytes, every value escaped for where it stands in the HTML,
 * except what is marked as already safe (the cleaned body).
 */
@Component
class Templates {

	private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

	byte[] render(String template, Object page) {
		Utf8ByteOutput output = new Utf8ByteOutput();
		engine.render(template, page, output);
		return output.toByteArray();
	}

}
