package dev.newsroom.events;

/**
 * An event as a batch subscription receives it: with where it was read, for consumers
 * that deduplicate by partition offset rather than by event id.
 */
public record Delivery<T>(T event, String key, int partition, long offset) {

}
