package dev.newsroom.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Spring Boot service unpacked from its jar into a directory of its own (by default
 * {@code apps/<service>} of the var directory), with what a training run wrote of the
 * classes it loads to start. Classes read from plain jars rather than nested ones, and
 * parsed once into an archive rather than on every start, halve the stack's start: alone
 * on two cores, the gateway took 13.3 s from its jar, 8.7 s unpacked and 5.3 s with the
 * archive. Instances of a service share the archive's pages, too.
 * <p>
 * From Java 25 on, the training run writes an ahead-of-time cache instead of a class data
 * archive, the classes in it loaded and linked: alone on two cores, the gateway took 7.0
 * to 7.8 CPU-seconds to start from it on Java 25, and 7.7 to 9.1 from its archive on Java
 * 17 (alternating four times). Its training takes about twice as long, once per build.
 * <p>
 * The image is unpacked again when the jar, the Java runtime, the service's JVM options
 * or the training's options change, and the archive is made by a training run (see
 * {@link StackPlan#training}) once per build.
 */
final class ServiceImage {

	private static final Duration UNPACK_TIMEOUT = Duration.ofMinutes(2);

	private final Path sourceJar;

	private final Path directory;

	private final String name;

	/** The heap, compiler and collector the service runs (and trains) with. */
	private final List<String> jvmOptions;

	private final boolean aheadOfTime;

	ServiceImage(Path sourceJar, Path directory, String name, List<String> jvmOptions, boolean aheadOfTime) {
		this.sourceJar = sourceJar;
		this.directory = directory;
		this.name = name;
		this.jvmOptions = List.copyOf(jvmOptions);
		this.aheadOfTime = aheadOfTime;
	}

	/**
	 * @param imagesDirectory where every service has its directory
	 * @param aheadOfTime whether the runtime writes an ahead-of-time cache (see
	 * {@link ChildJvm#hasAheadOfTimeCache()}) rather than a class data archive
	 */
	static ServiceImage of(Path projectRoot, Path imagesDirectory, Component service, boolean aheadOfTime) {
		return new ServiceImage(StackPlan.serviceJar(projectRoot, service),
				imagesDirectory.resolve(service.processName()), service.processName(), service.jvmOptions(),
				aheadOfTime);
	}

	/** The unpacked application jar, whose manifest names the libraries beside it. */
	Path jar() {
		return directory.resolve(name + ".jar");
	}

	Path archive() {
		return directory.resolve(name + (aheadOfTime ? ".aot" : ".jsa"));
	}

	/** Whether the image is unpacked from the jar there is now, for this Java runtime. */
	boolean isCurrent() {
		return Files.isRegularFile(jar()) && Stamp.matches(stampFile(), stamp());
	}

	boolean hasArchive() {
		return isCurrent() && Files.isRegularFile(archive());
	}

	/**
	 * How a service starts from this image: from its archive when there is one; without
	 * the image, from the jar itself.
	 */
	List<String> launch() {
		if (!isCurrent()) {
			return List.of("-jar", sourceJar.toString());
		}
		if (!hasArchive()) {
			return List.of("-jar", jar().toString());
		}
		return List.of((aheadOfTime ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive(), "-jar",
				jar().toString());
	}

	/**
	 * How the training run starts: Spring exits once every bean is made, before the
	 * service connects anywhere or serves, and the JVM writes what it loaded. Its
	 * warnings about classes it cannot archive (signed jars, generated accessors, classes
	 * that fail verification) are expected.
	 */
	List<String> training() {
		List<String> options = new ArrayList<>();
		if (aheadOfTime) {
			// without the profiles of the methods the training ran: those of a run that
			// only starts the service led the optimising compiler astray for good, the
			// gateway then answering 27,000-30,000 cached reads a second instead of
			// 43,000-47,000 (256 connections, alternating), for 0.5 to 0.9 CPU-seconds
			// saved at its start. The flag is a diagnostic one, which a later runtime may
			// drop: that runtime ignores it rather than failing every training.
			options.addAll(List.of("-XX:AOTCacheOutput=" + archiveInTraining(), "-XX:+IgnoreUnrecognizedVMOptions",
					"-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTRecordTraining", "-Xlog:aot=off"));
		}
		else {
			options.add("-XX:ArchiveClassesAtExit=" + archiveInTraining());
		}
		options.addAll(List.of("-Dspring.context.exit=onRefresh", "-Xlog:cds=off", "-jar", jar().toString()));
		return options;
	}

	/** Keeps the archive of a training run that ended well; false if there is none. */
	boolean keepTrainedArchive() {
		Path trained = archiveInTraining();
		if (!Files.isRegularFile(trained)) {
			return false;
		}
		try {
			Files.move(trained, archive(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep " + archive() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Unpacks the jar, replacing whatever image there was; the stamp is written last, so
	 * an unpacking cut short is done again.
	 */
	void unpack(ChildJvm jvm, Path log) throws InterruptedException {
		try {
			deleteRecursively(directory);
			Files.createDirectories(directory);
			Files.createDirectories(log.getParent());
			Process process = new ProcessBuilder(jvm.java().toString(), "-Djarmode=tools", "-jar", sourceJar.toString(),
					"extract", "--destination", directory.toString(), "--force")
				.redirectErrorStream(true)
				.redirectOutput(Redirect.appendTo(log.toFile()))
				.start();
			process.getOutputStream().close();
			if (!process.waitFor(UNPACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new LocalStackException("Unpacking " + Display.path(sourceJar) + " took longer than "
						+ UNPACK_TIMEOUT.toSeconds() + " s; see " + Display.path(log));
			}
			if (process.exitValue() != 0 || !Files.isRegularFile(jar())) {
				throw new LocalStackException(
						"Could not unpack " + Display.path(sourceJar) + "; see " + Display.path(log));
			}
			Stamp.write(stampFile(), stamp(), "the jar and the Java runtime this image was unpacked for");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot unpack " + sourceJar + " into " + directory + ": " + ex.getMessage(),
					ex);
		}
	}

	Properties stamp() {
		// an archive holds only for the runtime that wrote it, and is what its training
		// made it; an ahead-of-time cache also only for the heap, collector and compiler
		// it was trained with: a runtime given another heap may refuse to start from it
		Properties stamp = Stamp.ofRuntime();
		stamp.setProperty("training", String.join(" ", training()));
		stamp.setProperty("options", String.join(" ", jvmOptions));
		try {
			stamp.setProperty("jar.size", String.valueOf(Files.size(sourceJar)));
			stamp.setProperty("jar.modified", String.valueOf(Files.getLastModifiedTime(sourceJar).toMillis()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + sourceJar + ": " + ex.getMessage(), ex);
		}
		return stamp;
	}

	private Path stampFile() {
		return directory.resolve("image.properties");
	}

	private Path archiveInTraining() {
		return directory.resolve(name + (aheadOfTime ? "-training.aot" : ".jsa.training"));
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.delete(path);
			}
		}
	}

}
