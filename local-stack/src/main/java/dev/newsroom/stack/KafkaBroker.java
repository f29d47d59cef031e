package dev.newsroom.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.Uuid;

/**
 * A single KRaft node that is broker and controller at once, with its data under
 * {@code kafka/} of the stack's directory. Its storage is formatted once; the generated
 * configuration is rewritten on every start, so a changed port takes effect.
 */
final class KafkaBroker {

	private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(90);

	private final Path directory;

	KafkaBroker(Path varDirectory) {
		this.directory = varDirectory.resolve("kafka").toAbsolutePath();
	}

	Path serverProperties() {
		return directory.resolve("server.properties");
	}

	Path dataDirectory() {
		return directory.resolve("data");
	}

	/**
	 * @param classData how the broker uses or records its class data archive
	 */
	List<String> command(ChildJvm jvm, List<String> classData) {
		List<String> command = new ArrayList<>(List.of(jvm.java().toString()));
		command.addAll(Component.KAFKA.jvmOptions());
		command.addAll(jvm.commonOptions(Component.KAFKA.processName()));
		command.addAll(classData);
		command.addAll(List.of("-Dlog4j2.configurationFile=" + directory.resolve("log4j2.properties"), "-cp",
				jvm.classpath(), "kafka.Kafka", serverProperties().toString()));
		return command;
	}

	void writeConfiguration(Ports ports) {
		String controller = "localhost:" + ports.kafkaController();
		write(serverProperties(),
				lines("process.roles=broker,controller", "node.id=1",
						"controller.quorum.bootstrap.servers=" + controller,
						"listeners=PLAINTEXT://127.0.0.1:" + ports.kafka() + ",CONTROLLER://127.0.0.1:"
								+ ports.kafkaController(),
						"advertised.listeners=PLAINTEXT://localhost:" + ports.kafka() + ",CONTROLLER://" + controller,
						"listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
						"controller.listener.names=CONTROLLER", "inter.broker.listener.name=PLAINTEXT",
						"log.dirs=" + dataDirectory(),
						"# one broker holds one replica: with the defaults of three, consumer groups and",
						"# transactions would wait for ever", "offsets.topic.replication.factor=1",
						"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
						"share.coordinator.state.topic.replication.factor=1", "share.coordinator.state.topic.min.isr=1",
						"# a local consumer group has one member: waiting for more only delays it",
						"group.initial.rebalance.delay.ms=0",
						"# the compaction's buffer is on the heap, 128 MB by default: half of this broker's",
						"# heap, which then collected its full old generation again and again under load;",
						"# 16 MB still takes some 600,000 keys a pass", "log.cleaner.dedupe.buffer.size=16777216",
						"# every topic is declared by the service that owns it, with its partitions and policy",
						"auto.create.topics.enable=false"));
		write(directory.resolve("log4j2.properties"),
				lines("# Log4j's own shutdown hook would stop logging before the broker's shutdown ends",
						"shutdownHook=disable", "appender.out.type=Console", "appender.out.name=out",
						"appender.out.layout.type=PatternLayout",
						"appender.out.layout.pattern=%d{ISO8601} %-5p [%c{1}] %m%n", "rootLogger.level=INFO",
						"rootLogger.appenderRef.out.ref=out", "logger.request.name=kafka.request.logger",
						"logger.request.level=WARN"));
	}

	/**
	 * Formatting runs once; a formatted data directory holds the cluster id from then on.
	 */
	void formatStorageIfNeeded(ChildJvm jvm, Path logFile) {
		if (Files.isRegularFile(dataDirectory().resolve("meta.properties"))) {
			return;
		}
		List<String> command = new ArrayList<>(
				List.of(jvm.java().toString(), "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
		command.addAll(jvm.commonOptions("kafka-storage-format"));
		command.addAll(List.of("-Dlog4j2.configurationFile=" + directory.resolve("log4j2.properties"), "-cp",
				jvm.classpath(), "kafka.tools.StorageTool", "format", "--standalone", "--ignore-formatted",
				"--cluster-id", Uuid.randomUuid().toString(), "--config", serverProperties().toString()));
		ProcessSpec format = new ProcessSpec("kafka storage format", command, Map.of(), logFile, () -> true,
				FORMAT_TIMEOUT);
		ManagedProcess process = ManagedProcess.start(format);
		try {
			if (!process.waitFor(FORMAT_TIMEOUT)) {
				ManagedProcess.stop(List.of(process.handle()), Duration.ofSeconds(5));
				throw new LocalStackException("Formatting Kafka's storage took longer than "
						+ FORMAT_TIMEOUT.toSeconds() + " s; see " + Display.path(logFile));
			}
		}
		catch (InterruptedException ex) {
			ManagedProcess.stop(List.of(process.handle()), Duration.ofSeconds(5));
			Thread.currentThread().interrupt();
			throw new LocalStackException("Interrupted while formatting Kafka's storage", ex);
		}
		if (process.exitValue() != 0) {
			throw new LocalStackException("Formatting Kafka's storage failed (exit code " + process.exitValue()
					+ "); see " + Display.path(logFile));
		}
	}

	private static String lines(String... lines) {
		return "# Generated on every start of the local stack\n" + String.join("\n", lines) + "\n";
	}

	private static void write(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

}
