package dev.newsroom.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What something made once was made from, kept beside it: it is made again when that
 * changes. Written last, so that a making cut short is done again.
 */
final class Stamp {

	private Stamp() {
	}

	/** The Java runtime that runs the stack and every child it starts. */
	static Properties ofRuntime() {
		Properties stamp = new Properties();
		stamp.setProperty("java.home", System.getProperty("java.home"));
		stamp.setProperty("java.version", Runtime.version().toString());
		return stamp;
	}

	/** Whether {@code file} records exactly {@code expected}; false if unreadable. */
	static boolean matches(Path file, Properties expected) {
		if (!Files.isRegularFile(file)) {
			return false;
		}
		try (Reader reader = Files.newBufferedReader(file)) {
			Properties recorded = new Properties();
			recorded.load(reader);
			return recorded.equals(expected);
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

	static void write(Path file, Properties stamp, String what) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file)) {
			stamp.store(writer, what);
		}
	}

}
