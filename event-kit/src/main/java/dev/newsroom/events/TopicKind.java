package dev.newsroom.events;

/** How long a topic keeps its records, and so what a consumer can rebuild from it. */
public enum TopicKind {

	/**
	 * The latest state of each entity, keyed by its id: compacted, never deleted by age.
	 * Every event carries the entity's whole public snapshot, and a deletion is followed
	 * by a tombstone, so the topic alone rebuilds any read model.
	 */
	ENTITY,

	/**
	 * One record per occurrence, kept for a while (retention by age) and then dropped.
	 */
	STREAM

}
