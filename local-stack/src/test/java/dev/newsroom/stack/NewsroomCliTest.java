package dev.newsroom.stack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NewsroomCliTest {

	@TempDir
	Path projectRoot;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private final Ports freePorts = Ports.free();

	@Test
	void aMissingServiceJarIsOneLineNamingTheJarAndTheBuild() {
		assertThatExceptionOfType(LocalStackException.class).isThrownBy(() -> cli().run(List.of("up")))
			.withMessage("The jar of article-service is missing ("
					+ Display.path(projectRoot.resolve("article-service/target/article-service.jar"))
					+ "); build it with: mvn -B -DskipTests install")
			.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("\n"));
		assertThat(projectRoot.resolve("var/run")).doesNotExist();
	}

	@Test
	void statusWithNothingRunningListsEveryProcessAsNotRunning() {
		assertThat(cli().run(List.of("status"))).isZero();

		assertThat(lines()).hasSize(13).first().asString().startsWith("PROCESS");
		assertThat(lines().subList(1, 13)).allSatisfy(line -> assertThat(line).endsWith("not running"));
		assertThat(lines().get(1)).startsWith("kafka ");
		assertThat(lines().get(12)).startsWith("gateway ");
	}

	@Test
	void statusShowsThePortsOfTheEnvironment() {
		cli().run(List.of("status"));

		assertThat(lines().get(12)).contains(" " + freePorts.gateway() + " ");
	}

	@Test
	void downWithNothingRunningSaysSo() {
		assertThat(cli().run(List.of("down"))).isZero();

		assertThat(lines()).containsExactly("Nothing was running.");
	}

	@Test
	void downRemovesAPidFileWhoseProcessIsGone() throws Exception {
		Path pidFile = projectRoot.resolve("var/run/gateway.pid");
		Files.createDirectories(pidFile.getParent());
		Files.writeString(pidFile, "2147483646\n");

		cli().run(List.of("down"));

		assertThat(pidFile).doesNotExist();
		assertThat(lines()).containsExactly("Nothing was running.");
	}

	@Test
	void anUnknownCommandShowsTheUsage() {
		assertThatExceptionOfType(LocalStackException.class).isThrownBy(() -> cli().run(List.of("start")))
			.withMessageStartingWith("unknown command 'start'; usage: newsroom up");
	}

	@Test
	void anUnknownOptionShowsTheUsage() {
		assertThatExceptionOfType(LocalStackException.class).isThrownBy(() -> cli().run(List.of("up", "--detached")))
			.withMessageStartingWith("unknown option '--detached'");
	}

	private NewsroomCli cli() {
		Map<String, String> environment = new HashMap<>();
		for (Ports.PortUse use : freePorts.uses()) {
			environment.put(use.variable(), String.valueOf(use.port()));
		}
		return new NewsroomCli(projectRoot, environment, new PrintStream(output, true, StandardCharsets.UTF_8));
	}

	private List<String> lines() {
		return output.toString(StandardCharsets.UTF_8).lines().toList();
	}

}
