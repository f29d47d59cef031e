package dev.newsroom.stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The flags every child gets, given to a real JVM of this runtime. */
class ChildJvmTest {

	private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

	@Test
	void aChildStartsWithTheCommonFlagsAndGivesFreedNativeMemoryBackWhereTheRuntimeCan() throws Exception {
		List<String> options = new ChildJvm(JAVA, "").commonOptions("probe-1");

		// a flag the runtime does not know would stop the child from starting
		String flags = run(options, "-XX:+PrintFlagsFinal", "-version");

		if ("Linux".equals(System.getProperty("os.name")) && flags.contains("TrimNativeHeapInterval")) {
			assertThat(flags).containsPattern("TrimNativeHeapInterval\\s+= 5000 ");
		}
		else {
			assertThat(options).noneMatch(option -> option.contains("TrimNativeHeapInterval"));
		}
	}

	@ParameterizedTest
	@EnumSource(Component.class)
	void eachProcessStartsWithTheHeapCompilerAndCollectorChosenForIt(Component component) throws Exception {
		List<String> options = new ArrayList<>(component.jvmOptions());
		options.addAll(new ChildJvm(JAVA, "").commonOptions(component.processName()));

		// a flag the runtime does not know, or two collectors, would stop the process
		// from starting
		run(options, "-version");
	}

	private static String run(List<String> options, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(JAVA.toString()));
		command.addAll(options);
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(process.exitValue()).as(output).isZero();
			return output;
		}
		finally {
			process.destroyForcibly();
		}
	}

}
