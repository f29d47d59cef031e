package dev.newsroom.viewcounter.counting;

/**
 * A value with the version it was stored at (0: not stored yet; -1: stored without a
 * version), which a write expects to find unchanged.
 */
record Versioned<T>(T value, long version) {

	static <T> Versioned<T> unstored(T value) {
		return new Versioned<>(value, 0);
	}

	/**
	 * Another value (or another form of it), to be stored over the same version.
	 */
	<U> Versioned<U> with(U next) {
		return new Versioned<>(next, version);
	}

}
