package dev.newsroom.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Pid files and the ports in use, so that {@code down} and {@code status} find what an
 * earlier {@code up} started, also after that JVM is gone.
 */
final class RunDirectory {

	/**
	 * A system property every child gets: a pid file outliving its process must not make
	 * {@code down} stop an unrelated process that got the same pid later.
	 */
	static final String PROCESS_MARKER = "newsroom.stack.process";

	private final Path directory;

	RunDirectory(Path directory) {
		this.directory = directory;
	}

	void writePid(String name, long pid) {
		write(pidFile(name), pid + "\n");
	}

	void deletePid(String name) {
		delete(pidFile(name));
	}

	/** The live process a pid file names, if it is still the one the stack started. */
	Optional<ProcessHandle> running(String name) {
		Path file = pidFile(name);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			long pid = Long.parseLong(Files.readString(file).trim());
			String marker = "-D" + PROCESS_MARKER + "=" + name;
			return ProcessHandle.of(pid)
				.filter(ProcessHandle::isAlive)
				.filter(process -> process.info().commandLine().map(line -> line.contains(marker)).orElse(true));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	void writePorts(Ports ports) {
		StringBuilder content = new StringBuilder("# Ports of the running stack, for status and down\n");
		for (Ports.PortUse use : ports.uses()) {
			content.append(use.variable()).append('=').append(use.port()).append('\n');
		}
		write(directory.resolve("ports.properties"), content.toString());
	}

	/** The ports an earlier {@code up} used, or empty when none runs. */
	Optional<Ports> ports() {
		Path file = directory.resolve("ports.properties");
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		Map<String, String> values = new HashMap<>();
		properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
		return Optional.of(Ports.fromEnvironment(values));
	}

	void deletePorts() {
		delete(directory.resolve("ports.properties"));
		delete(directory.resolve("instances.properties"));
	}

	/**
	 * Every instance an {@code up} planned, with its port, for status, down and restart.
	 */
	void writeInstances(List<Instance> instances) {
		StringBuilder content = new StringBuilder("# Instances of the running stack: component, number, port\n");
		for (Instance instance : instances) {
			content.append(instance.name()).append('=').append(instance.describe()).append('\n');
		}
		write(directory.resolve("instances.properties"), content.toString());
	}

	/** The instances an earlier {@code up} planned, in the order it started them. */
	Optional<List<Instance>> instances() {
		Path file = directory.resolve("instances.properties");
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8)
				.stream()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.map(line -> Instance.parse(line.substring(line.indexOf('=') + 1)))
				.toList());
		}
		catch (IOException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	private Path pidFile(String name) {
		return directory.resolve(name + ".pid");
	}

	private void write(Path file, String content) {
		try {
			Files.createDirectories(directory);
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a leftover file is checked against the live process anyway
		}
	}

}
