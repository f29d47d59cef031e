package dev.newsroom.contracts.views;

import java.time.Instant;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;

/**
 * One page view as the beacon received it. The visitor, the client and its address are
 * only keyed hashes, never the identifier the browser sent nor the address itself.
 *
 * @param visitorHash who viewed: of the visitor id the browser was given
 * @param clientHash of the address and User-Agent, for a view that came without a valid
 * visitor id (a first view, or a script's): such views count once per client however many
 * ids they are given; null for a view with a valid id
 * @param addressHash of the client address, for the per-address limit; null in views
 * recorded before it was added
 */
public record PageViewed(String eventId, Instant occurredAt, String articleId, String visitorHash, String clientHash,
		String addressHash, boolean bot) implements Event {

	public static final EventType<PageViewed> TYPE = new EventType<>("dev.newsroom.views.page-viewed.v1",
			PageViewed.class);

}
