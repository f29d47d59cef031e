package dev.newsroom.stack;

import java.nio.file.Path;

final class Display {

	private Display() {
	}

	/** Relative to the working directory when inside it: what an operator types next. */
	static String path(Path path) {
		Path absolute = path.toAbsolutePath().normalize();
		Path workingDirectory = Path.of("").toAbsolutePath();
		return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString()
				: absolute.toString();
	}

	static String seconds(long nanos) {
		return String.format("%.1f s", nanos / 1e9);
	}

}
