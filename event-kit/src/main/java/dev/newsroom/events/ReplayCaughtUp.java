package dev.newsroom.events;

/**
 * This instance has read a replayed subscription as far as its topic went when the
 * instance started: the state built from it is as complete as the topic was then, and
 * from now on it follows the topic within moments.
 *
 * @param subscription the subscription's name, as its wiring gives it
 */
public record ReplayCaughtUp(String subscription) {
}
