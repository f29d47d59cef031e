package dev.newsroom.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a service's training writes, on runtimes with and without ahead-of-time caches.
 */
class ServiceImageTest {

	private static final Path IMAGES = Path.of("images").toAbsolutePath();

	@Test
	void fromJava25OnTheTrainingWritesAnAheadOfTimeCacheInOneStep() {
		ServiceImage image = ServiceImage.of(Path.of("project"), IMAGES, Component.GATEWAY, true);

		assertThat(image.archive()).isEqualTo(IMAGES.resolve("gateway/gateway.aot"));
		assertThat(image.training())
			.contains("-XX:AOTCacheOutput=" + IMAGES.resolve("gateway/gateway-training.aot"),
					"-Dspring.context.exit=onRefresh", "-Xlog:aot=off", "-XX:-AOTRecordTraining")
			.noneMatch(option -> option.contains("ArchiveClassesAtExit"))
			.endsWith("-jar", IMAGES.resolve("gateway/gateway.jar").toString());
	}

	@Test
	void beforeItTheTrainingWritesADynamicClassDataArchive() {
		ServiceImage image = ServiceImage.of(Path.of("project"), IMAGES, Component.GATEWAY, false);

		assertThat(image.archive()).isEqualTo(IMAGES.resolve("gateway/gateway.jsa"));
		assertThat(image.training())
			.contains("-XX:ArchiveClassesAtExit=" + IMAGES.resolve("gateway/gateway.jsa.training"),
					"-Dspring.context.exit=onRefresh")
			// Java 17 refuses to start with a log tag it does not know
			.noneMatch(option -> option.contains("aot"))
			.endsWith("-jar", IMAGES.resolve("gateway/gateway.jar").toString());
	}

	@Test
	void otherHeapCollectorOrCompilerOptionsStampTheImageAsAnotherSoItIsTrainedAgain(@TempDir Path directory)
			throws IOException {
		// a runtime refuses to start from an ahead-of-time cache made for another heap
		Path jar = Files.writeString(directory.resolve("view-counter-service.jar"), "a jar");
		Path images = directory.resolve("images");

		var onFirstTier = new ServiceImage(jar, images, "view-counter-service",
				List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), true);
		var onFullJit = new ServiceImage(jar, images, "view-counter-service", List.of("-Xmx256m"), true);

		assertThat(onFirstTier.stamp()).isNotEqualTo(onFullJit.stamp());
		assertThat(onFirstTier.stamp()).isEqualTo(new ServiceImage(jar, images, "view-counter-service",
				List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), true)
			.stamp());
	}

}
