package dev.newsroom.viewcounter.mostread;

import java.util.List;

import dev.newsroom.contracts.views.MostReadChanged.Item;
import dev.newsroom.web.FieldProblem;
import dev.newsroom.web.PublicReads;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MostReadController {

	private final MostReadLists lists;

	MostReadController(MostReadLists lists) {
		this.lists = lists;
	}

	/**
	 * The most viewed published articles of a window, in one section or in all, as last
	 * made (at most a refresh interval old).
	 */
	@GetMapping("/api/views/most-read")
	ResponseEntity<MostRead> mostRead(@RequestParam(defaultValue = "week") String window,
			@RequestParam(defaultValue = "") String section, @RequestParam(defaultValue = "10") int limit) {
		Window span = Window.of(window)
			.orElseThrow(() -> FieldProblem
				.badRequest(List.of(new FieldProblem("window", "must be one of day, week, month, all")), null));
		if (limit < 1 || limit > MostReadRefresher.SIZE) {
			throw FieldProblem.badRequest(
					List.of(new FieldProblem("limit", "must be between 1 and " + MostReadRefresher.SIZE)), null);
		}
		List<Item> items = lists.find(span, section).orElse(List.of());
		return ResponseEntity.ok()
			.cacheControl(PublicReads.BRIEFLY)
			.body(new MostRead(span.key(), section, items.subList(0, Math.min(limit, items.size()))));
	}

	record MostRead(String window, String section, List<Item> items) {
	}

}
