package dev.newsroom.web.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SafeHtmlTest {

	@Test
	void aReportKeepsItsStructure() {
		String report = "<p>Lead <strong>đậm</strong> và <em>nghiêng</em></p><h2>Truyền thống vẻ vang</h2>"
				+ "<h3>Một</h3><h4>Hai</h4><ul><li>một</li></ul><ol start=\"3\"><li>ba</li></ol>"
				+ "<blockquote>Trích dẫn</blockquote>"
				+ "<table><caption>Bảng</caption><thead><tr><th scope=\"col\">A</th></tr></thead>"
				+ "<tbody><tr><td colspan=\"2\">1</td></tr></tbody></table>"
				+ "<figure><img src=\"/media/3f2a-19/w1024\" alt=\"Trao giấy khen\"><figcaption>Trao giấy khen. "
				+ "Ảnh: Đăng Vũ</figcaption></figure>"
				+ "<p><a href=\"/bai-viet/tin-lien-quan\">tin</a> <a href=\"mailto:toasoan@example.vn\">thư</a></p>"
				+ "<iframe src=\"https://www.youtube.com/embed/abc\" allowfullscreen></iframe>";

		SafeHtml body = SafeHtml.clean(report);

		assertThat(body.removed()).isEmpty();
		assertThat(body.html()).isEqualTo(report);
	}

	@Test
	void linksOutOfTheSiteOpenNothingOfOurs() {
		SafeHtml body = SafeHtml.clean("<p><a href=\"https://chinhphu.vn/\" target=\"_blank\">Cổng</a></p>");

		assertThat(body.html())
			.isEqualTo("<p><a href=\"https://chinhphu.vn/\" rel=\"noopener noreferrer\">Cổng</a></p>");
		assertThat(body.removed()).containsExactly("target on <a>");
	}

	@Test
	void whatIsRemovedIsNamedOnce() {
		SafeHtml body = SafeHtml.clean("<p onclick=\"x()\">a</p><p onclick=\"y()\">b</p><script>alert(1)</script>"
				+ "<img src=\"https://tracker.example/p.gif\"><iframe src=\"https://evil.example/\"></iframe>"
				+ "<div style=\"color:red\">giữ chữ</div>");

		assertThat(body.html()).isEqualTo("<p>a</p><p>b</p>giữ chữ");
		assertThat(body.removed()).containsExactly("onclick on <p>", "<script>", "<div>",
				"<img> not from the media library", "<iframe> not from a video host");
	}

	/** Vectors of the OWASP XSS filter evasion cheat sheet and their kin. */
	@ParameterizedTest
	@ValueSource(strings = { "<script>alert('XSS')</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"javascript:alert(1)\">x</a>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
			"<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>",
			"<a href=\"vbscript:msgbox(1)\">x</a>", "<svg onload=alert(1)><circle/></svg>",
			"<img src=\"javascript:alert(1)\">", "<iframe src=\"javascript:alert(1)\"></iframe>",
			"<body onload=alert(1)>", "<style>@import 'http://x/x.css';</style>",
			"<form action=\"https://x\"><input name=p></form>",
			"<p style=\"background:url(javascript:alert(1))\">p</p>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<object data=\"x.swf\"></object>",
			"<embed src=\"x.swf\">", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
			"<base href=\"javascript:alert(1)//\">", "<link rel=stylesheet href=\"http://x/x.css\">",
			"<img src=\"data:image/svg+xml;base64,PHN2Zz4=\">", "<a href=\"  javascript:alert(1)\">x</a>",
			"<<script>script>alert(1)<</script>/script>", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>" })
	void nothingThatRunsIsStored(String hostile) {
		SafeHtml body = SafeHtml.clean(hostile);

		assertThat(body.html().toLowerCase()).doesNotContain("<script", "javascript:", "vbscript:", "data:", "onerror",
				"onload", "<svg", "<style", "style=", "<form", "<input", "<object", "<embed", "<meta", "<base", "<link",
				"srcdoc", "<iframe", "<math");
		assertThat(body.removed().isEmpty() && !body.html().isBlank()).as("the editor is told what went").isFalse();
	}

}
