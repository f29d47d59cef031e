package dev.newsroom.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A class data sharing archive for the JVMs that run from the stack's own class path:
 * Kafka and the MongoDB-wire servers. A start without one records the classes each
 * process loads ({@code -XX:DumpLoadedClassList}); once the stack is up, the JVM writes
 * them into an archive ({@code -Xshare:dump}) that later starts map instead of reading,
 * parsing and verifying the classes again. Measured alone on two cores: a MongoDB-wire
 * server took 0.69 s of CPU to start instead of 1.12 s and Kafka 1.9 to 2.3 s instead of
 * 3.4 to 3.6 s, and the five MongoDB-wire servers map the same archive. The archive is
 * made again when the class path or the Java runtime changes. A class path with a
 * directory in it (tests run before packaging) cannot be archived: its processes start as
 * they would without.
 */
final class ClassArchive {

	/** A dump took 6 to 14 s on two cores busy with the stack's start. */
	private static final Duration DUMP_TIMEOUT = Duration.ofSeconds(60);

	private static final String LIST = ".classlist";

	/** The copy of a list the dump reads. */
	private static final String DUMPED_LIST = ".dumped" + LIST;

	private final Path directory;

	private final String name;

	private final List<String> runtimeOptions;

	private ClassArchive(Path directory, String name, List<String> runtimeOptions) {
		this.directory = directory;
		this.name = name;
		this.runtimeOptions = List.copyOf(runtimeOptions);
	}

	/**
	 * @param imagesDirectory where the services' images are: the archive is made once for
	 * every stack that shares them
	 * @param runtimeOptions the heap, compiler and collector the processes run with,
	 * which a new archive must map under
	 */
	static ClassArchive of(Path imagesDirectory, String name, List<String> runtimeOptions) {
		return new ClassArchive(imagesDirectory.resolve(name), name, runtimeOptions);
	}

	String name() {
		return name;
	}

	Path archive() {
		return directory.resolve(name + ".jsa");
	}

	/**
	 * The options a process of {@code processName} starts with: the archive's when it is
	 * for this class path and runtime; else, if it can be made, the recording of what the
	 * process loads.
	 */
	List<String> options(ChildJvm jvm, String processName) {
		if (isCurrent(jvm)) {
			return List.of("-XX:SharedArchiveFile=" + archive());
		}
		if (!canArchive(jvm)) {
			return List.of();
		}
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			// without an archive the process only starts slower
			return List.of();
		}
		return List.of("-XX:DumpLoadedClassList=" + directory.resolve(processName + LIST));
	}

	boolean isCurrent(ChildJvm jvm) {
		try {
			return Files.isRegularFile(archive()) && Stamp.matches(stampFile(), stamp(jvm));
		}
		catch (UncheckedIOException unreadableClassPath) {
			return false;
		}
	}

	/** Whether a process recorded its classes and there is no archive for them yet. */
	boolean isToBeMade(ChildJvm jvm) {
		return canArchive(jvm) && !isCurrent(jvm) && largestList().isPresent();
	}

	/**
	 * Writes the archive from the largest list recorded, which processes still running
	 * may be adding to, and keeps it only if a JVM started as the processes are then maps
	 * it: an archive the JVM refused would leave a process with no class sharing at all,
	 * slower than without one. The lists are deleted either way; a later start records
	 * again if this failed.
	 * @return whether there is an archive for the next start
	 */
	boolean make(ChildJvm jvm, Path logFile) throws InterruptedException {
		Optional<Path> list = largestList();
		if (list.isEmpty()) {
			return false;
		}
		Path made = directory.resolve(name + ".jsa.made");
		Path copy = directory.resolve(name + DUMPED_LIST);
		try {
			Properties stamp = stamp(jvm);
			// a copy: a process still recording must not add to the list while it is read
			Files.copy(list.get(), copy, StandardCopyOption.REPLACE_EXISTING);
			Files.deleteIfExists(made);
			boolean dumped = run(List.of(jvm.java().toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + copy,
					"-XX:SharedArchiveFile=" + made, "-cp", jvm.classpath()), logFile);
			List<String> check = new ArrayList<>(List.of(jvm.java().toString()));
			check.addAll(runtimeOptions);
			// with -Xshare:on a JVM that cannot map the archive refuses to start
			check.addAll(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + made, "-cp", jvm.classpath(), "-version"));
			if (!dumped || !Files.isRegularFile(made) || !run(check, logFile) || !stamp.equals(stamp(jvm))) {
				return false;
			}
			Files.move(made, archive(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			Stamp.write(stampFile(), stamp, "the class path and Java runtime this archive was made for");
			return true;
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
		finally {
			deleteLists();
		}
	}

	/** Runs a short-lived JVM to its end; false if it failed or took too long. */
	private static boolean run(List<String> command, Path logFile) throws InterruptedException {
		ManagedProcess process = ManagedProcess
			.start(new ProcessSpec("class data archive", command, Map.of(), logFile, () -> true, DUMP_TIMEOUT));
		try {
			return process.waitFor(DUMP_TIMEOUT) && process.exitValue() == 0;
		}
		finally {
			if (process.isAlive()) {
				ManagedProcess.stop(List.of(process.handle()), Duration.ZERO);
			}
		}
	}

	private Optional<Path> largestList() {
		if (!Files.isDirectory(directory)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> file.getFileName().toString().endsWith(LIST))
				.filter(file -> !file.getFileName().toString().equals(name + DUMPED_LIST))
				.max(Comparator.comparingLong(ClassArchive::size));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/** At worst a list is left, and the next archive is made from it or a newer one. */
	private void deleteLists() {
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter(file -> file.getFileName().toString().endsWith(LIST)).toList()) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// a list still open where files cannot be deleted while they are
		}
	}

	/**
	 * The runtime and every jar of the class path, each by its size and time: a rebuilt
	 * jar makes the archive stale, as the JVM itself would find at start.
	 */
	private Properties stamp(ChildJvm jvm) {
		Properties stamp = Stamp.ofRuntime();
		stamp.setProperty("java", jvm.java().toString());
		stamp.setProperty("class.path", jvm.classpath());
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Path jar : jars(jvm.classpath())) {
				digest.update((jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			stamp.setProperty("jars", HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the class path: " + ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		return stamp;
	}

	private Path stampFile() {
		return directory.resolve(name + ".properties");
	}

	/** The JVM archives classes from jars only. */
	private static boolean canArchive(ChildJvm jvm) {
		try {
			return jars(jvm.classpath()).stream().allMatch(Files::isRegularFile);
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

	/**
	 * The class path's entries as the launcher reads them: {@code lib/*} is every jar in
	 * {@code lib}.
	 */
	private static List<Path> jars(String classpath) throws IOException {
		List<Path> jars = new ArrayList<>();
		for (String entry : classpath.split(File.pathSeparator)) {
			if (entry.isBlank()) {
				continue;
			}
			if (entry.endsWith(File.separator + "*")) {
				Path lib = Path.of(entry.substring(0, entry.length() - 2));
				try (Stream<Path> files = Files.list(lib)) {
					files.filter(file -> file.getFileName().toString().toLowerCase().endsWith(".jar"))
						.sorted()
						.forEach(jars::add);
				}
			}
			else {
				jars.add(Path.of(entry));
			}
		}
		return jars;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return -1;
		}
	}

}
