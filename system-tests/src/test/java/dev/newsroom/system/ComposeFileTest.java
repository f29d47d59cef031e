package dev.newsroom.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Checks the production shape of {@code docker-compose.yml} and the services' Dockerfile
 * without Docker: Kafka in KRaft mode, one MongoDB per service, health checks everywhere,
 * configuration through the environment, and nothing that stops a service from being
 * scaled.
 */
class ComposeFileTest {

	private record Service(String name, int port, String mongo, String database) {
	}

	private static final List<Service> SERVICES = List.of(
			new Service("article-service", 8081, "article-mongo", "articles"),
			new Service("media-service", 8082, "media-mongo", "media"),
			new Service("view-counter-service", 8083, "view-counter-mongo", "views"),
			new Service("comment-service", 8085, "comment-mongo", "comments"),
			new Service("site", 8084, "site-mongo", "site"));

	private static final String GATEWAY = "gateway";

	private static final int GATEWAY_PORT = 8080;

	private static final String KAFKA = "kafka";

	private static final String JWK_SET_URI = "http://gateway:8080/.well-known/jwks.json";

	private static final List<String> PASSWORD_VARIABLES = List.of("NEWSROOM_EDITOR_PASSWORD",
			"NEWSROOM_PUBLISHER_PASSWORD", "NEWSROOM_ADMIN_PASSWORD");

	private static final String VISITOR_KEY_VARIABLE = "NEWSROOM_VIEWS_VISITOR_KEY";

	private static Path composeFile;

	private static JsonNode compose;

	@BeforeAll
	static void readComposeFile() throws IOException {
		composeFile = locateComposeFile();
		compose = new YAMLMapper().readTree(Files.readString(composeFile));
		assertThat(compose.path("services").isObject()).as("%s has a services section", composeFile).isTrue();
	}

	@Test
	void kafkaRunsInKraftModeOnOneNode() {
		JsonNode kafka = service(KAFKA);
		Map<String, String> env = environment(KAFKA);

		assertThat(kafka.path("image").asString()).startsWith("apache/kafka:");
		assertThat(env).doesNotContainKey("KAFKA_ZOOKEEPER_CONNECT");
		assertThat(env.get("KAFKA_PROCESS_ROLES")).as("KAFKA_PROCESS_ROLES").isNotNull();
		assertThat(Arrays.stream(env.get("KAFKA_PROCESS_ROLES").split(",")).map(String::trim))
			.containsExactlyInAnyOrder("broker", "controller");
		assertThat(env.get("KAFKA_NODE_ID")).as("KAFKA_NODE_ID").isNotBlank();
		assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")).as("KAFKA_CONTROLLER_QUORUM_VOTERS")
			.isEqualTo(env.get("KAFKA_NODE_ID") + "@kafka:9093");
		assertThat(env.get("KAFKA_LISTENERS")).as("KAFKA_LISTENERS").contains(":9092").contains("CONTROLLER://:9093");
		assertThat(env.get("KAFKA_ADVERTISED_LISTENERS")).as("KAFKA_ADVERTISED_LISTENERS")
			.isEqualTo("PLAINTEXT://kafka:9092");
		assertThat(env.get("KAFKA_CONTROLLER_LISTENER_NAMES")).as("KAFKA_CONTROLLER_LISTENER_NAMES")
			.isEqualTo("CONTROLLER");
		for (String replication : List.of("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
				"KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR",
				"KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR")) {
			assertThat(env.get(replication)).as("%s on a single broker", replication).isEqualTo("1");
		}
		assertThat(env).as("topics exist only as their owners declare them")
			.containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
		assertThat(namedVolumes(KAFKA)).as("kafka keeps its data in a named volume").isNotEmpty();
		assertThat(healthcheckCommand(KAFKA)).contains("kafka-broker-api-versions.sh")
			.contains("--bootstrap-server localhost:9092");
	}

	@Test
	void eachServiceHasItsOwnMongoAndWaitsForItAndForKafka() {
		SoftAssertions softly = new SoftAssertions();
		for (Service service : SERVICES) {
			JsonNode mongo = service(service.mongo());
			softly.assertThat(mongo.path("image").asString()).as("%s image", service.mongo()).startsWith("mongo:");
			softly.assertThat(namedVolumes(service.mongo()))
				.as("%s keeps its data in a named volume", service.mongo())
				.isNotEmpty();
			softly.assertThat(healthcheckCommand(service.mongo()))
				.as("%s health check", service.mongo())
				.contains("mongosh")
				.contains("ping");

			Map<String, String> dependsOn = dependsOn(service.name());
			softly.assertThat(dependsOn)
				.as("%s depends_on", service.name())
				.containsEntry(service.mongo(), "service_healthy")
				.containsEntry(KAFKA, "service_healthy");
			for (Service other : SERVICES) {
				if (!other.equals(service)) {
					softly.assertThat(dependsOn)
						.as("%s must not use the database of %s", service.name(), other.name())
						.doesNotContainKey(other.mongo());
					softly.assertThat(String.valueOf(environment(service.name()).get("SPRING_MONGODB_URI")))
						.as("%s must not use the database of %s", service.name(), other.name())
						.doesNotContain("//" + other.mongo() + ":");
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void everyContainerHasAHealthcheck() {
		List<String> names = serviceNames();
		assertThat(names).contains(KAFKA, GATEWAY)
			.containsAll(SERVICES.stream().map(Service::name).toList())
			.containsAll(SERVICES.stream().map(Service::mongo).toList());
		SoftAssertions softly = new SoftAssertions();
		for (String name : names) {
			JsonNode healthcheck = service(name).path("healthcheck");
			softly.assertThat(healthcheck.isObject()).as("%s has a healthcheck", name).isTrue();
			softly.assertThat(healthcheck.path("disable").asBoolean(false))
				.as("%s healthcheck disabled", name)
				.isFalse();
			List<String> test = healthcheckTest(name);
			softly.assertThat(test).as("%s healthcheck test", name).isNotEmpty();
			if (!test.isEmpty()) {
				softly.assertThat(test.get(0)).as("%s healthcheck test", name).isIn("CMD", "CMD-SHELL");
			}
		}
		softly.assertAll();
	}

	@Test
	void onlyTheGatewayPublishesAPortAndNothingPinsANameSoServicesScale() {
		SoftAssertions softly = new SoftAssertions();
		for (String name : serviceNames()) {
			JsonNode service = service(name);
			if (!name.equals(GATEWAY)) {
				softly.assertThat(service.has("ports")).as("%s publishes host ports", name).isFalse();
			}
			softly.assertThat(service.has("container_name")).as("%s has a container_name", name).isFalse();
			if (isApplication(name)) {
				softly.assertThat(service.has("hostname")).as("%s has a fixed hostname", name).isFalse();
				softly.assertThat(service.path("restart").asString())
					.as("%s restart policy", name)
					.isEqualTo("unless-stopped");
			}
		}
		List<String> gatewayPorts = new ArrayList<>();
		service(GATEWAY).path("ports").values().forEach(port -> gatewayPorts.add(port.asString()));
		softly.assertThat(gatewayPorts)
			.as("gateway ports")
			.singleElement(InstanceOfAssertFactories.STRING)
			.endsWith(":" + GATEWAY_PORT)
			.startsWith("${NEWSROOM_GATEWAY_PORT:-");
		softly.assertAll();
	}

	@Test
	void servicesAreConfiguredThroughTheEnvironment() {
		SoftAssertions softly = new SoftAssertions();
		for (Service service : SERVICES) {
			Map<String, String> env = environment(service.name());
			softly.assertThat(env)
				.as("%s environment", service.name())
				.containsEntry("SPRING_MONGODB_URI", "mongodb://" + service.mongo() + ":27017/" + service.database())
				.containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
				.containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI", JWK_SET_URI)
				.containsEntry("NEWSROOM_KAFKA_REPLICAS", "1");
			softly.assertThat(env.get("JAVA_TOOL_OPTIONS"))
				.as("%s JAVA_TOOL_OPTIONS", service.name())
				.contains("-XX:MaxRAMPercentage=");
		}
		softly.assertAll();
	}

	@Test
	void photosAreMadeSmallerByAWorkerOfTheMediaImageThatScalesOnItsOwn() {
		assertThat(service("media-worker").path("build")).isEqualTo(service("media-service").path("build"));
		assertThat(environment("media-worker")).containsEntry("NEWSROOM_MEDIA_ROLE", "renditions")
			.containsEntry("SPRING_MONGODB_URI", environment("media-service").get("SPRING_MONGODB_URI"));
		assertThat(environment("media-service")).containsEntry("NEWSROOM_MEDIA_ROLE", "api");
		assertThat(service("media-worker").has("ports")).isFalse();
	}

	@Test
	void gatewayKnowsTheServicesAndHasNoDefaultPasswords() {
		Map<String, String> env = environment(GATEWAY);
		assertThat(env).containsEntry("NEWSROOM_ARTICLE_SERVICE_URL", "http://article-service:8081")
			.containsEntry("NEWSROOM_MEDIA_SERVICE_URL", "http://media-service:8082")
			.containsEntry("NEWSROOM_VIEW_COUNTER_SERVICE_URL", "http://view-counter-service:8083")
			.containsEntry("NEWSROOM_COMMENT_SERVICE_URL", "http://comment-service:8085")
			.containsEntry("NEWSROOM_SITE_URL", "http://site:8084")
			.containsKeys("NEWSROOM_JWT_PRIVATE_KEY_LOCATION", "NEWSROOM_JWT_PUBLIC_KEY_LOCATION");
		for (String password : PASSWORD_VARIABLES) {
			assertRequiredFromTheEnvironment(env, password);
		}
	}

	@Test
	void gatewayWaitsForNothing() {
		assertThat(environment(GATEWAY)).as("the gateway uses no Kafka")
			.doesNotContainKey("SPRING_KAFKA_BOOTSTRAP_SERVERS");
		// it answers 503 for a service that is down and picks it up when it comes back
		assertThat(dependsOn(GATEWAY)).as("gateway depends_on").isEmpty();
	}

	@Test
	void everyViewCounterReplicaHashesVisitorsWithTheKeyFromTheEnvironment() {
		// the service's own default is a public development key
		assertRequiredFromTheEnvironment(environment("view-counter-service"), VISITOR_KEY_VARIABLE);
	}

	@Test
	void everyCommentServiceReplicaSignsChallengesWithTheKeyFromTheEnvironment() {
		// the service's own default is a public development key
		assertRequiredFromTheEnvironment(environment("comment-service"), "NEWSROOM_COMMENTS_KEY");
	}

	@Test
	void applicationHealthchecksGetTheActuatorWithoutCurlOrWget() {
		SoftAssertions softly = new SoftAssertions();
		for (String name : applicationNames()) {
			List<String> test = healthcheckTest(name);
			softly.assertThat(test).as("%s healthcheck test", name).hasSize(4).startsWith("CMD", "bash", "-c");
			String script = healthcheckCommand(name);
			softly.assertThat(script)
				.as("%s healthcheck", name)
				.contains("/dev/tcp/127.0.0.1/" + port(name) + " ")
				.contains("GET /actuator/health ")
				.contains(" 200")
				.doesNotContain("curl")
				.doesNotContain("wget");
		}
		softly.assertAll();
	}

	@Test
	void everyApplicationIsBuiltFromTheOneDockerfileNamingItsModuleAndPort() {
		SoftAssertions softly = new SoftAssertions();
		for (String name : applicationNames()) {
			JsonNode build = service(name).path("build");
			softly.assertThat(build.path("context").asString()).as("%s build context", name).isEqualTo(".");
			softly.assertThat(build.path("dockerfile").asString("Dockerfile"))
				.as("%s dockerfile", name)
				.isEqualTo("Dockerfile");
			softly.assertThat(build.path("args").path("SERVICE").asString()).as("%s SERVICE", name).isEqualTo(name);
			softly.assertThat(build.path("args").path("PORT").asString())
				.as("%s PORT", name)
				.isEqualTo(String.valueOf(port(name)));
		}
		softly.assertAll();
	}

	@Test
	void theDockerfileRunsTheJarAsNonRootWithTheComposeHealthcheck() throws IOException {
		Path dockerfile = composeFile.getParent().resolve("Dockerfile");
		assertThat(dockerfile).isRegularFile();
		List<String[]> instructions = instructions(dockerfile);
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(last(instructions, "FROM")).as("base image").hasValue("eclipse-temurin:17-jre");
		softly.assertThat(instructions.stream().filter(instruction -> instruction[0].equals("ARG")).map(arg -> arg[1]))
			.as("build arguments")
			.containsExactly("SERVICE", "PORT");
		softly.assertThat(last(instructions, "COPY"))
			.as("COPY")
			.hasValueSatisfying(copy -> assertThat(copy).startsWith("${SERVICE}/target/${SERVICE}.jar "));
		softly.assertThat(last(instructions, "EXPOSE")).as("EXPOSE").hasValue("${PORT}");
		softly.assertThat(instructions.stream().filter(instruction -> instruction[0].equals("ENV")).map(env -> env[1]))
			.as("the service listens on the port it exposes")
			.contains("SERVER_PORT=${PORT}");
		softly.assertThat(last(instructions, "ENTRYPOINT"))
			.as("ENTRYPOINT")
			.hasValueSatisfying(entrypoint -> assertThat(entrypoint.replace(" ", ""))
				.isEqualTo("[\"java\",\"-jar\",\"/app/app.jar\"]"));

		Optional<String> user = last(instructions, "USER");
		softly.assertThat(user).as("USER").isPresent();
		user.ifPresent(value -> softly.assertThat(value.split(":")[0].trim())
			.as("must not run as root")
			.isNotBlank()
			.isNotIn("root", "0"));

		Optional<String> healthcheck = last(instructions, "HEALTHCHECK");
		softly.assertThat(healthcheck).as("HEALTHCHECK").isPresent();
		if (healthcheck.isPresent()) {
			List<String> command = healthcheckExecForm("the Dockerfile", healthcheck.get());
			softly.assertThat(command).as("HEALTHCHECK command").hasSize(3).startsWith("bash", "-c");
			if (command.size() == 3) {
				for (String name : applicationNames()) {
					softly.assertThat(command.get(2).replace("${SERVER_PORT}", String.valueOf(port(name))))
						.as("%s HEALTHCHECK is the one in docker-compose.yml", name)
						.isEqualTo(healthcheckCommand(name));
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void dockerignoreSendsOnlyTheJars() throws IOException {
		Path dockerignore = composeFile.getParent().resolve(".dockerignore");
		assertThat(dockerignore).isRegularFile();
		List<String> patterns = Files.readAllLines(dockerignore)
			.stream()
			.map(String::trim)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
		assertThat(patterns).as("everything is excluded first").first().isIn("**", "*");
		for (String name : applicationNames()) {
			assertThat(patterns).as("%s jar is sent to the build", name)
				.containsAnyOf("!" + name + "/target/" + name + ".jar", "!*/target/*.jar");
		}
	}

	/**
	 * {@code ${NAME:?message}}: compose refuses to start while the variable is unset or
	 * empty, so no default can slip through.
	 */
	private static void assertRequiredFromTheEnvironment(Map<String, String> environment, String variable) {
		assertThat(environment).containsKey(variable);
		assertThat(environment.get(variable)).as("%s must be required from the environment, with no default", variable)
			.startsWith("${" + variable + ":?")
			.endsWith("}")
			.doesNotContain(":-");
	}

	// ---- the compose file

	private static Path locateComposeFile() {
		for (Path candidate : List.of(Path.of("..", "docker-compose.yml"), Path.of("docker-compose.yml"))) {
			Path file = candidate.toAbsolutePath().normalize();
			if (Files.isRegularFile(file) && Files.isDirectory(file.getParent().resolve("system-tests"))) {
				return file;
			}
		}
		return fail("No docker-compose.yml in the project root; looked from " + Path.of("").toAbsolutePath());
	}

	private static List<String> serviceNames() {
		return List.copyOf(compose.path("services").propertyNames());
	}

	private static List<String> applicationNames() {
		List<String> names = new ArrayList<>(SERVICES.stream().map(Service::name).toList());
		names.add(GATEWAY);
		return names;
	}

	private static boolean isApplication(String name) {
		return applicationNames().contains(name);
	}

	private static int port(String name) {
		return name.equals(GATEWAY) ? GATEWAY_PORT
				: SERVICES.stream().filter(service -> service.name().equals(name)).findFirst().orElseThrow().port();
	}

	private static JsonNode service(String name) {
		JsonNode service = compose.path("services").path(name);
		assertThat(service.isObject()).as("docker-compose.yml has a service '%s'", name).isTrue();
		return service;
	}

	/**
	 * Both forms: a map, or a list of {@code KEY=VALUE}; a key without a value maps to
	 * null.
	 */
	private static Map<String, String> environment(String name) {
		JsonNode environment = service(name).path("environment");
		Map<String, String> variables = new LinkedHashMap<>();
		if (environment.isObject()) {
			for (Map.Entry<String, JsonNode> variable : environment.properties()) {
				JsonNode value = variable.getValue();
				variables.put(variable.getKey(), value.isNull() ? null : value.asString());
			}
		}
		else if (environment.isArray()) {
			for (JsonNode entry : environment.values()) {
				String[] parts = entry.asString().split("=", 2);
				variables.put(parts[0], parts.length == 2 ? parts[1] : null);
			}
		}
		return variables;
	}

	/** Service name to condition; the short list form means {@code service_started}. */
	private static Map<String, String> dependsOn(String name) {
		JsonNode dependsOn = service(name).path("depends_on");
		Map<String, String> conditions = new LinkedHashMap<>();
		if (dependsOn.isObject()) {
			for (Map.Entry<String, JsonNode> dependency : dependsOn.properties()) {
				conditions.put(dependency.getKey(),
						dependency.getValue().path("condition").asString("service_started"));
			}
		}
		else if (dependsOn.isArray()) {
			dependsOn.values().forEach(dependency -> conditions.put(dependency.asString(), "service_started"));
		}
		return conditions;
	}

	/**
	 * The named volumes a service mounts; each must be declared in the top-level volumes.
	 */
	private static List<String> namedVolumes(String name) {
		List<String> volumes = new ArrayList<>();
		for (JsonNode volume : service(name).path("volumes").values()) {
			String source = volume.isObject() ? volume.path("source").asString() : volume.asString().split(":")[0];
			if (!source.isEmpty() && !source.startsWith(".") && !source.startsWith("/") && !source.startsWith("~")) {
				assertThat(compose.path("volumes").has(source)).as("volume '%s' of %s is declared", source, name)
					.isTrue();
				volumes.add(source);
			}
		}
		return volumes;
	}

	private static List<String> healthcheckTest(String name) {
		JsonNode test = service(name).path("healthcheck").path("test");
		List<String> parts = new ArrayList<>();
		if (test.isArray()) {
			test.values().forEach(part -> parts.add(part.asString()));
		}
		else if (test.isString()) {
			parts.add("CMD-SHELL");
			parts.add(test.asString());
		}
		return parts;
	}

	/**
	 * What the health check runs: the shell command, or the exec form's arguments after
	 * {@code bash -c}.
	 */
	private static String healthcheckCommand(String name) {
		List<String> test = healthcheckTest(name);
		assertThat(test).as("%s healthcheck test", name).isNotEmpty();
		if (test.get(0).equals("CMD-SHELL")) {
			return String.join(" ", test.subList(1, test.size()));
		}
		if (test.size() == 4 && test.get(1).equals("bash") && test.get(2).equals("-c")) {
			return test.get(3);
		}
		return String.join(" ", test.subList(1, test.size()));
	}

	// ---- Dockerfiles

	/**
	 * Instruction (upper case) and its arguments, continuation lines joined and comments
	 * dropped.
	 */
	private static List<String[]> instructions(Path dockerfile) throws IOException {
		List<String[]> instructions = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : Files.readAllLines(dockerfile)) {
			String trimmed = line.strip();
			if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.length() == 0)) {
				continue;
			}
			if (trimmed.endsWith("\\")) {
				current.append(trimmed, 0, trimmed.length() - 1).append(' ');
				continue;
			}
			current.append(trimmed);
			String instruction = current.toString().strip();
			current.setLength(0);
			if (!instruction.isEmpty()) {
				String[] parts = instruction.split("\\s+", 2);
				instructions
					.add(new String[] { parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : "" });
			}
		}
		return instructions;
	}

	private static Optional<String> last(List<String[]> instructions, String instruction) {
		String found = null;
		for (String[] candidate : instructions) {
			if (candidate[0].equals(instruction)) {
				found = candidate[1];
			}
		}
		return Optional.ofNullable(found);
	}

	private static final Pattern HEALTHCHECK_CMD = Pattern.compile("^(?:--\\S+\\s+)*CMD\\s+(.+)$", Pattern.DOTALL);

	/**
	 * The command of {@code HEALTHCHECK [options] CMD [...]}. It must be the JSON exec
	 * form: Docker quietly runs a malformed JSON array as a shell command instead.
	 */
	private static List<String> healthcheckExecForm(String name, String healthcheck) {
		Matcher matcher = HEALTHCHECK_CMD.matcher(healthcheck);
		assertThat(matcher.matches()).as("%s HEALTHCHECK has a CMD: %s", name, healthcheck).isTrue();
		String command = matcher.group(1).strip();
		assertThat(command).as("%s HEALTHCHECK uses the exec form", name).startsWith("[");
		JsonNode array = JsonMapper.builder().build().readTree(command);
		assertThat(array.isArray()).as("%s HEALTHCHECK CMD is a JSON array", name).isTrue();
		List<String> parts = new ArrayList<>();
		array.values().forEach(part -> parts.add(part.asString()));
		return parts;
	}

}
