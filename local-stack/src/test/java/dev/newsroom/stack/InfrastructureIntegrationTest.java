package dev.newsroom.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real broker and a MongoDB-wire server, each in its own JVM on free ports, started
 * twice on the same directory: the second start finds the formatted storage and the
 * documents of the first, though every port has changed.
 */
// Only a safety net for a hang: a healthy run takes about 20 s, and every wait inside
// has a limit of its own that fails first, naming the log to read. Those limits add up
// to about 6 minutes on a slow machine: formatting the storage (90 s), two starts of
// Kafka (90 s each), two stops (40 s each) and two cluster descriptions (10 s each).
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class InfrastructureIntegrationTest {

	@TempDir
	Path projectRoot;

	@Test
	void startsServesAndStopsTheInfrastructure() throws Exception {
		Path var = projectRoot.resolve("var");
		Ports firstPorts;
		try (LocalStack stack = infrastructure(var)) {
			firstPorts = stack.ports();
			assertThat(brokerNodes(stack.kafkaBootstrapServers())).isEqualTo(1);
			try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + firstPorts.articleMongo())) {
				articles(mongo).insertOne(new Document("_id", "a-1").append("headline", "Kept"));
			}
			assertThat(var.resolve("run/kafka.pid")).exists();
			assertThat(var.resolve("run/article-mongo.pid")).exists();
			assertThat(new RunningStack(var, Ports.defaults()).status().get(1)).startsWith("kafka")
				.contains(" " + firstPorts.kafka() + " ")
				.endsWith("UP");
		}
		assertPortsFree(firstPorts);
		assertThat(var.resolve("run")).isEmptyDirectory();

		try (LocalStack stack = infrastructure(var)) {
			assertThat(brokerNodes(stack.kafkaBootstrapServers())).isEqualTo(1);
			try (MongoClient mongo = MongoClients.create("mongodb://localhost:" + stack.ports().articleMongo())) {
				assertThat(articles(mongo).find(new Document("_id", "a-1")).first()).containsEntry("headline", "Kept");
			}
			Ports secondPorts = stack.ports();
			stack.stop();
			assertPortsFree(secondPorts);
		}
		assertThat(Files.readString(var.resolve("logs/kafka.log"))).contains("Kafka Server started");
	}

	private LocalStack infrastructure(Path var) {
		return LocalStack.configure(projectRoot, var)
			.withFreePorts()
			.only(List.of(Component.KAFKA, Component.ARTICLE_MONGO))
			.reportingTo(System.out::println)
			.start();
	}

	private static int brokerNodes(String bootstrapServers) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			return admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size();
		}
	}

	private static MongoCollection<Document> articles(MongoClient mongo) {
		return mongo.getDatabase("articles").getCollection("articles");
	}

	private static void assertPortsFree(Ports ports) {
		assertThat(List.of(ports.kafka(), ports.kafkaController(), ports.articleMongo()))
			.allSatisfy(port -> assertThat(PortCheck.isFree(port)).as("port %d", port).isTrue());
	}

}
