package dev.newsroom.stack;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real JVMs with a class path of one small jar: the first records, the archive is made,
 * and the next maps it (with {@code -Xshare:on}, which refuses to start without it).
 */
class ClassArchiveTest {

	private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

	@TempDir
	Path directory;

	private Path jar;

	private ClassArchive archive;

	@BeforeEach
	void buildTheJar() throws IOException {
		jar = directory.resolve("probe.jar");
		writeJar(jar, "hello");
		archive = ClassArchive.of(directory.resolve("images"), "probe", List.of("-XX:+UseSerialGC"));
	}

	@Test
	void aStartRecordsItsClassesAndTheNextLoadsThemFromTheArchive() throws Exception {
		ChildJvm jvm = new ChildJvm(JAVA, jar.toString());

		List<String> recording = archive.options(jvm, "probe-1");
		assertThat(recording).singleElement().asString().startsWith("-XX:DumpLoadedClassList=");
		assertThat(run(recording)).contains("hello");
		assertThat(archive.isToBeMade(jvm)).isTrue();

		assertThat(archive.make(jvm, directory.resolve("dump.log"))).isTrue();

		assertThat(archive.isCurrent(jvm)).isTrue();
		assertThat(archive.isToBeMade(jvm)).isFalse();
		assertThat(classLists()).isEmpty();
		List<String> sharing = archive.options(jvm, "probe-1");
		assertThat(sharing).containsExactly("-XX:SharedArchiveFile=" + archive.archive());
		List<String> strict = new ArrayList<>(sharing);
		strict.addAll(List.of("-Xshare:on", "-Xlog:class+load=info"));
		assertThat(run(strict)).contains("probe.Hello source: shared objects file").contains("hello");
	}

	@Test
	void aRebuiltJarMakesTheArchiveStaleAndTheNextStartRecordsAgain() throws Exception {
		ChildJvm jvm = new ChildJvm(JAVA, jar.toString());
		run(archive.options(jvm, "probe-1"));
		assertThat(archive.make(jvm, directory.resolve("dump.log"))).isTrue();

		writeJar(jar, "hello again, from a longer build");

		assertThat(archive.isCurrent(jvm)).isFalse();
		assertThat(archive.options(jvm, "probe-1")).singleElement().asString().startsWith("-XX:DumpLoadedClassList=");
	}

	@Test
	void aClassPathWithADirectoryIsNeitherRecordedNorArchived() throws Exception {
		run(archive.options(new ChildJvm(JAVA, jar.toString()), "probe-1"));
		assertThat(classLists()).isNotEmpty();
		Path classes = Files.createDirectories(directory.resolve("classes"));
		Files.writeString(classes.resolve("any.txt"), "a directory the JVM cannot archive from");
		ChildJvm jvm = new ChildJvm(JAVA, jar + File.pathSeparator + classes);

		assertThat(archive.options(jvm, "probe-1")).isEmpty();
		assertThat(archive.isToBeMade(jvm)).isFalse();
	}

	@Test
	void aDumpThatFailsLeavesNoArchiveAndTheNextStartRecordsAgain() throws Exception {
		ChildJvm jvm = new ChildJvm(JAVA, jar.toString());
		String recording = archive.options(jvm, "probe-1").get(0);
		Files.writeString(Path.of(recording.substring(recording.indexOf('=') + 1)), "@@@ not a class list\n");

		assertThat(archive.make(jvm, directory.resolve("dump.log"))).isFalse();

		assertThat(archive.isCurrent(jvm)).isFalse();
		assertThat(archive.archive()).doesNotExist();
		assertThat(classLists()).isEmpty();
		assertThat(archive.options(jvm, "probe-1")).containsExactly(recording);
	}

	private List<Path> classLists() throws IOException {
		try (Stream<Path> files = Files.list(archive.archive().getParent())) {
			return files.filter(file -> file.toString().endsWith(".classlist")).toList();
		}
	}

	/** The probe's output, once it ended well. */
	private String run(List<String> options) throws Exception {
		List<String> command = new ArrayList<>(List.of(JAVA.toString()));
		command.addAll(options);
		command.addAll(List.of("-cp", jar.toString(), "probe.Hello"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

	/** A jar of one class that prints {@code greeting}. */
	private void writeJar(Path target, String greeting) throws IOException {
		Path sources = Files.createDirectories(directory.resolve("sources/probe"));
		Path classes = Files.createDirectories(directory.resolve("compiled"));
		Path source = sources.resolve("Hello.java");
		Files.writeString(source, "package probe; public class Hello { public static void main(String[] args) {"
				+ " System.out.println(\"" + greeting + "\"); } }");
		int compiled = ToolProvider.getSystemJavaCompiler()
			.run(null, null, null, "-d", classes.toString(), source.toString());
		assertThat(compiled).isZero();
		try (OutputStream file = Files.newOutputStream(target); JarOutputStream out = new JarOutputStream(file)) {
			out.putNextEntry(new JarEntry("probe/Hello.class"));
			out.write(Files.readAllBytes(classes.resolve("probe/Hello.class")));
			out.closeEntry();
		}
	}

}
