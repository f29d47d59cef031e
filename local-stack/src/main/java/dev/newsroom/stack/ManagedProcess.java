package dev.newsroom.stack;

import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A child process of the stack. Its output is appended to its log file, which the stack
 * empties once before a component starts, so a log shows one run, storage formatting
 * included.
 */
final class ManagedProcess {

	private static final Optional<Path> setsid = onPath("setsid");

	private final ProcessSpec spec;

	private final Process process;

	private ManagedProcess(ProcessSpec spec, Process process) {
		this.spec = spec;
		this.process = process;
	}

	/**
	 * The child gets a session of its own where {@code setsid} exists, so a Ctrl-C in the
	 * terminal reaches only the stack, which then stops the services before the broker
	 * and databases they need to shut down cleanly; and a detached stack outlives its
	 * terminal.
	 */
	static ManagedProcess start(ProcessSpec spec) {
		List<String> command = new ArrayList<>();
		setsid.ifPresent(path -> command.add(path.toString()));
		command.addAll(spec.command());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Redirect.appendTo(spec.logFile().toFile()));
		builder.environment().putAll(spec.environment());
		try {
			Files.createDirectories(spec.logFile().getParent());
			Process process = builder.start();
			// the child reads nothing, and an open pipe would tie it to this JVM
			process.getOutputStream().close();
			return new ManagedProcess(spec, process);
		}
		catch (IOException ex) {
			throw new LocalStackException(
					"Cannot start " + spec.name() + " (" + ex.getMessage() + "); see " + Display.path(spec.logFile()),
					ex);
		}
	}

	ProcessSpec spec() {
		return spec;
	}

	String name() {
		return spec.name();
	}

	long pid() {
		return process.pid();
	}

	boolean isAlive() {
		return process.isAlive();
	}

	int exitValue() {
		return process.exitValue();
	}

	ProcessHandle handle() {
		return process.toHandle();
	}

	boolean waitFor(Duration timeout) throws InterruptedException {
		return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Asks every process and its descendants to stop, waits up to the grace period for
	 * all of them together, then kills what is left. Descendants are collected first:
	 * once their parent is gone they are no longer found through it.
	 */
	static void stop(List<ProcessHandle> processes, Duration grace) {
		List<ProcessHandle> all = processes.stream()
			.flatMap(process -> Stream.concat(Stream.of(process), process.descendants()))
			.filter(ProcessHandle::isAlive)
			.toList();
		all.forEach(ProcessHandle::destroy);
		long deadline = System.nanoTime() + grace.toNanos();
		for (ProcessHandle process : all) {
			if (!awaitExit(process, Math.max(0, deadline - System.nanoTime()))) {
				process.destroyForcibly();
			}
		}
		for (ProcessHandle process : all) {
			awaitExit(process, TimeUnit.SECONDS.toNanos(10));
		}
	}

	private static boolean awaitExit(ProcessHandle process, long nanos) {
		try {
			process.onExit().get(nanos, TimeUnit.NANOSECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
		catch (Exception ex) {
			return !process.isAlive();
		}
	}

	private static Optional<Path> onPath(String program) {
		String path = System.getenv("PATH");
		if (path == null || System.getProperty("os.name").startsWith("Windows")) {
			return Optional.empty();
		}
		return Stream.of(path.split(File.pathSeparator))
			.map(directory -> Path.of(directory, program))
			.filter(Files::isExecutable)
			.findFirst();
	}

}
