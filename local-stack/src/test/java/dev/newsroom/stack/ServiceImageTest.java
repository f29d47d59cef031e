package dev.newsroom.stack;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

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

}
