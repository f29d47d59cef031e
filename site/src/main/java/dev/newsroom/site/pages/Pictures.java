package dev.newsroom.site.pages;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.newsroom.site.media.MediaEntry;

/** Photos and videos of the library as the pages show them. */
final class Pictures {

	/** The renditions a browser may choose from, by the width they are made at. */
	private static final List<Map.Entry<String, Integer>> WIDTHS = List.of(Map.entry("w320", 320),
			Map.entry("w640", 640), Map.entry("w1024", 1024), Map.entry("w1600", 1600));

	private Pictures() {
	}

	/** A photo; null for an item that is not one. */
	static Picture of(MediaEntry photo) {
		if (photo == null || !photo.isPhoto()) {
			return null;
		}
		Map<String, String> renditions = photo.renditions();
		String srcset = WIDTHS.stream()
			.filter(width -> renditions.containsKey(width.getKey()))
			.map(width -> renditions.get(width.getKey()) + " " + width.getValue() + "w")
			.collect(Collectors.joining(", "));
		String src = renditions.getOrDefault("w1024", renditions.getOrDefault("w640", photo.url()));
		return new Picture(src, srcset.isEmpty() ? null : srcset, alt(photo), photo.width(), photo.height());
	}

	/**
	 * @param caption the article's own caption, or null for the photo's
	 * @param credit the article's own credit, or null for the photo's
	 */
	static Figure figure(MediaEntry photo, String caption, String credit) {
		Picture picture = of(photo);
		if (picture == null) {
			return null;
		}
		return new Figure(picture, orElse(caption, orElse(photo.caption(), "")),
				orElse(credit, orElse(photo.credit(), "")));
	}

	static VideoView video(MediaEntry video, MediaEntry poster) {
		boolean file = "video".equals(video.type());
		return new VideoView(video.id(), orElse(video.caption(), ""), orElse(video.credit(), ""),
				file ? video.url() : null, file ? video.contentType() : null, file ? null : video.embedUrl(),
				of(poster), duration(video.duration()));
	}

	/**
	 * The picture a shared link shows: the crop around the photo's focal point, made for
	 * cards.
	 */
	static String shareImage(MediaEntry photo) {
		if (photo == null || !photo.isPhoto()) {
			return null;
		}
		return photo.renditions().getOrDefault("crop16x9", photo.renditions().getOrDefault("w1024", photo.url()));
	}

	private static String alt(MediaEntry photo) {
		return orElse(photo.alt(), orElse(photo.caption(), ""));
	}

	private static String duration(Double seconds) {
		if (seconds == null || seconds < 1) {
			return "";
		}
		long whole = Math.round(seconds);
		return whole >= 3600 ? String.format("%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
				: String.format("%d:%02d", whole / 60, whole % 60);
	}

	static String orElse(String text, String otherwise) {
		return text == null || text.isBlank() ? otherwise : text;
	}

}
