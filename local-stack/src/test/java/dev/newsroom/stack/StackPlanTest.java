package dev.newsroom.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StackPlanTest {

	final Credentials credentials = new Credentials(
			Map.of("editor", "e-secret", "publisher", "p-secret", "admin", "a-secret"), "visitor-key-1",
			"comments-key-1");

	final StackPlan plan = plan(List.of());

	@Test
	void viewCounterServiceHashesVisitorsWithTheStacksKey() {
		assertThat(environment(Component.VIEW_COUNTER_SERVICE)).containsEntry("NEWSROOM_VIEWS_VISITOR_KEY",
				"visitor-key-1");
	}

	@Test
	void onlyViewCounterServiceIsGivenTheVisitorKey() {
		for (Component component : Component.values()) {
			if (component != Component.VIEW_COUNTER_SERVICE) {
				assertThat(environment(component)).as(component.processName())
					.doesNotContainKey("NEWSROOM_VIEWS_VISITOR_KEY")
					.doesNotContainValue("visitor-key-1");
			}
		}
	}

	@Test
	void onlyCommentServiceIsGivenTheCommentsKey() {
		for (Component component : Component.values()) {
			if (component == Component.COMMENT_SERVICE) {
				assertThat(environment(component)).containsEntry("NEWSROOM_COMMENTS_KEY", "comments-key-1");
			}
			else {
				assertThat(environment(component)).as(component.processName()).doesNotContainValue("comments-key-1");
			}
		}
	}

	@Test
	void theServicesAndNotTheGatewayAreToldWhereKafkaIs() {
		for (Component service : Component.services()) {
			Map<String, String> environment = environment(service);
			assertThat(environment).as(service.processName()).doesNotContainKey("SPRING_KAFKA_STREAMS_STATE_DIR");
			if (service == Component.GATEWAY) {
				assertThat(environment).as("the gateway uses no Kafka")
					.doesNotContainKey("SPRING_KAFKA_BOOTSTRAP_SERVERS");
			}
			else {
				assertThat(environment).as(service.processName())
					.containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:" + Ports.defaults().kafka());
			}
		}
	}

	@Test
	void theGatewayGetsTheUsersPasswords() {
		assertThat(environment(Component.GATEWAY)).containsEntry("NEWSROOM_EDITOR_PASSWORD", "e-secret")
			.containsEntry("NEWSROOM_PUBLISHER_PASSWORD", "p-secret")
			.containsEntry("NEWSROOM_ADMIN_PASSWORD", "a-secret");
	}

	@Test
	void theGatewayKnowsEveryInstanceOfAServiceByAddress() {
		StackPlan scaled = plan(List.of(new Instance(Component.ARTICLE_SERVICE, 1, 8081),
				new Instance(Component.ARTICLE_SERVICE, 2, 51001), new Instance(Component.MEDIA_SERVICE, 1, 8082)));

		assertThat(scaled.spec(Component.GATEWAY).environment())
			.containsEntry("NEWSROOM_ARTICLE_SERVICE_URL", "http://127.0.0.1:8081,http://127.0.0.1:51001")
			.containsEntry("NEWSROOM_MEDIA_SERVICE_URL", "http://127.0.0.1:8082");
	}

	@Test
	void aSecondInstanceHasItsOwnNamePortAndLog() {
		ProcessSpec second = plan.spec(new Instance(Component.ARTICLE_SERVICE, 2, 51001));

		assertThat(second.name()).isEqualTo("article-service-2");
		assertThat(second.environment()).containsEntry("SERVER_PORT", "51001");
		assertThat(second.logFile()).hasFileName("article-service-2.log");
		assertThat(second.command()).contains("-Dnewsroom.stack.process=article-service-2");
	}

	@Test
	void servicesAreUnpackedAndTrainedWhereTheStackIsToldAndLogInItsVarDirectory() {
		Path images = Path.of("build", "stack-images").toAbsolutePath();
		StackPlan sharing = plan(List.of(), images);

		ProcessSpec training = sharing.training(Component.SITE);

		// what the training writes depends on the runtime the stack runs on
		boolean aheadOfTime = new ChildJvm(Path.of("java"), "").hasAheadOfTimeCache();
		assertThat(training.command())
			.contains(aheadOfTime ? "-XX:AOTCacheOutput=" + images.resolve("site/site-training.aot")
					: "-XX:ArchiveClassesAtExit=" + images.resolve("site/site.jsa.training"))
			.contains(images.resolve("site/site.jar").toString());
		assertThat(training.logFile())
			.isEqualTo(Path.of("project", "var", "logs", "site-training.log").toAbsolutePath());
		assertThat(sharing.image(Component.SITE).archive())
			.isEqualTo(images.resolve(aheadOfTime ? "site/site.aot" : "site/site.jsa"));
	}

	@Test
	void kafkaHasAClassDataArchiveOfItsOwnAndTheMongoDbWireServersShareOne(@TempDir Path directory) throws IOException {
		Path images = directory.resolve("stack-images");
		Path jar = Files.writeString(directory.resolve("stack.jar"), "a jar, as far as the plan can tell");
		StackPlan sharing = plan(List.of(), images, new ChildJvm(Path.of("java"), jar.toString()));

		assertThat(sharing.classArchive(Component.KAFKA).archive()).isEqualTo(images.resolve("kafka/kafka.jsa"));
		assertThat(sharing.classArchive(Component.ARTICLE_MONGO).archive())
			.isEqualTo(sharing.classArchive(Component.SITE_MONGO).archive())
			.isEqualTo(images.resolve("mongo-wire/mongo-wire.jsa"));
		assertThatIllegalArgumentException().isThrownBy(() -> sharing.classArchive(Component.SITE));
		// with no archive yet, each records what it loads, every server in a list of its
		// own
		assertThat(sharing.spec(Component.KAFKA).command())
			.contains("-XX:DumpLoadedClassList=" + images.resolve("kafka/kafka.classlist"));
		assertThat(sharing.spec(Component.ARTICLE_MONGO).command())
			.contains("-XX:DumpLoadedClassList=" + images.resolve("mongo-wire/article-mongo.classlist"));
		assertThat(sharing.spec(Component.SITE_MONGO).command())
			.contains("-XX:DumpLoadedClassList=" + images.resolve("mongo-wire/site-mongo.classlist"));
	}

	@Test
	void aClassPathOfClassDirectoriesStartsTheInfrastructureWithoutArchives() {
		assertThat(plan.spec(Component.KAFKA).command())
			.noneMatch(option -> option.contains("Shared") || option.contains("DumpLoadedClassList"));
		assertThat(plan.spec(Component.MEDIA_MONGO).command())
			.noneMatch(option -> option.contains("Shared") || option.contains("DumpLoadedClassList"));
	}

	private StackPlan plan(List<Instance> instances) {
		return plan(instances, Path.of("project", "var", "apps"));
	}

	private StackPlan plan(List<Instance> instances, Path images) {
		return plan(instances, images, new ChildJvm(Path.of("java"), "classes"));
	}

	private StackPlan plan(List<Instance> instances, Path images, ChildJvm jvm) {
		return new StackPlan(Path.of("project"), Path.of("project", "var"), images, Ports.defaults(), instances, jvm,
				new JwtKeys(Path.of("var", "keys", "jwt-private.pem"), Path.of("var", "keys", "jwt-public.pem")),
				credentials);
	}

	private Map<String, String> environment(Component component) {
		return plan.spec(component).environment();
	}

}
