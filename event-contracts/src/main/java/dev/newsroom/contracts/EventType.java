package dev.newsroom.contracts;

/**
 * A CloudEvents {@code type} and the record that carries its data. The name ends in a
 * version ({@code .v1}); a change that is not additive is a new type.
 */
public record EventType<T extends Event>(String name, Class<T> dataClass) {

	public EventType {
		if (!name.matches("dev\\.newsroom\\.[a-z.-]+\\.v[0-9]+")) {
			throw new IllegalArgumentException("Event types are named dev.newsroom.<...>.v<n>, not " + name);
		}
	}

	@Override
	public String toString() {
		return name;
	}

}
