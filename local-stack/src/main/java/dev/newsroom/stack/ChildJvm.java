package dev.newsroom.stack;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * How the stack starts a Java process: with the Java runtime that runs the stack itself,
 * so a check of {@code java -version} covers every child.
 */
record ChildJvm(Path java, String classpath) {

	private static final String TRIM_NATIVE_HEAP = "TrimNativeHeapInterval";

	/** Asked once: every child of a stack gets the same answer. */
	private static final boolean TRIMS_NATIVE_HEAP = "Linux".equals(System.getProperty("os.name"))
			&& hasOption(TRIM_NATIVE_HEAP);

	/**
	 * Whether a training run can write an ahead-of-time cache in one step: Java 25 on.
	 */
	private static final boolean HAS_AHEAD_OF_TIME_CACHE = hasOption("AOTCacheOutput");

	/**
	 * Flags every child gets. From Java 24 on, the JVM warns on each start that Netty and
	 * other libraries use {@code sun.misc.Unsafe} or native code; allowing it keeps logs
	 * clean.
	 * <p>
	 * The C library keeps the native memory a JVM's compilers and threads have freed, in
	 * case it is needed again: having the JVM hand it back to the system every few
	 * seconds took a fresh stack from 2,044 to 1,920 MB of memory in all. Runtimes from
	 * 17.0.9 and 21.0.1 on can, on Linux only (elsewhere they warn at every start). The
	 * children run on this runtime, so what it knows of they know too.
	 */
	List<String> commonOptions(String processName) {
		List<String> options = new ArrayList<>(
				List.of("-Djava.awt.headless=true", "-D" + RunDirectory.PROCESS_MARKER + "=" + processName));
		if (TRIMS_NATIVE_HEAP) {
			options.add("-XX:" + TRIM_NATIVE_HEAP + "=5000");
		}
		int feature = Runtime.version().feature();
		if (feature >= 23) {
			options.add("--sun-misc-unsafe-memory-access=allow");
		}
		if (feature >= 24) {
			options.add("--enable-native-access=ALL-UNNAMED");
		}
		return options;
	}

	/**
	 * Whether the services start from an ahead-of-time cache rather than a class data
	 * archive: besides the classes parsed, it holds them loaded and linked (JEP 483 and
	 * 514).
	 */
	boolean hasAheadOfTimeCache() {
		return HAS_AHEAD_OF_TIME_CACHE;
	}

	private static boolean hasOption(String name) {
		try {
			ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(name);
			return true;
		}
		catch (IllegalArgumentException unknown) {
			return false;
		}
	}

	static ChildJvm current(Path projectRoot) {
		Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
		return new ChildJvm(java, classpath(projectRoot));
	}

	/**
	 * The stack's own classes and its runtime libraries, which the build copies next to
	 * the jar. Without them (tests run before packaging) this JVM's class path serves,
	 * less the logging bindings of tests that would fight with the broker's Log4j.
	 */
	static String classpath(Path projectRoot) {
		Path ownCode = ownCodeLocation();
		for (Path lib : List.of(ownCode.resolveSibling("lib"), projectRoot.resolve("local-stack/target/lib"))) {
			if (Files.isDirectory(lib)) {
				return ownCode + File.pathSeparator + lib.toAbsolutePath() + File.separator + "*";
			}
		}
		Set<String> entries = new LinkedHashSet<>();
		entries.add(ownCode.toString());
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (!entry.isBlank()) {
				entries.addAll(expand(Path.of(entry).toAbsolutePath()));
			}
		}
		entries.removeIf(entry -> {
			String name = Path.of(entry).getFileName().toString();
			return name.startsWith("logback-") || name.startsWith("log4j-to-slf4j-");
		});
		return String.join(File.pathSeparator, entries);
	}

	private static Path ownCodeLocation() {
		try {
			return Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("Cannot locate the local stack's classes", ex);
		}
	}

	/**
	 * Surefire and IDEs may start tests from a jar whose manifest holds the real class
	 * path.
	 */
	private static List<String> expand(Path entry) {
		List<String> entries = new ArrayList<>(List.of(entry.toString()));
		if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
			return entries;
		}
		try (JarFile jar = new JarFile(entry.toFile())) {
			Manifest manifest = jar.getManifest();
			String classPath = (manifest != null) ? manifest.getMainAttributes().getValue("Class-Path") : null;
			if (classPath != null) {
				for (String url : classPath.trim().split("\\s+")) {
					entries.add(Path.of(entry.getParent().toUri().resolve(url)).toString());
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// not a readable jar: keep the entry as it is
		}
		return entries;
	}

	private static boolean isWindows() {
		return System.getProperty("os.name").startsWith("Windows");
	}

}
