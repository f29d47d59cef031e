package dev.newsroom.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line and environment of every process. Services get their settings as
 * environment variables, the way a container platform would hand them over, so the local
 * stack exercises the same configuration path as production.
 */
final class StackPlan {

	private static final Duration INFRASTRUCTURE_START = Duration.ofSeconds(90);

	/** Four Spring Boot applications starting together on two cores take a while. */
	private static final Duration SERVICE_START = Duration.ofSeconds(180);

	private final Path projectRoot;

	private final Path varDirectory;

	private final Ports ports;

	private final ChildJvm jvm;

	private final JwtKeys keys;

	private final Credentials credentials;

	StackPlan(Path projectRoot, Path varDirectory, Ports ports, ChildJvm jvm, JwtKeys keys, Credentials credentials) {
		this.projectRoot = projectRoot.toAbsolutePath();
		this.varDirectory = varDirectory.toAbsolutePath();
		this.ports = ports;
		this.jvm = jvm;
		this.keys = keys;
		this.credentials = credentials;
	}

	static Path logFile(Path varDirectory, Component component) {
		return varDirectory.resolve("logs").resolve(component.processName() + ".log");
	}

	static Path serviceJar(Path projectRoot, Component service) {
		String module = service.processName();
		return projectRoot.resolve(module).resolve("target").resolve(module + ".jar");
	}

	ProcessSpec spec(Component component) {
		return switch (component) {
			case KAFKA -> spec(component, new KafkaBroker(varDirectory).command(jvm), Map.of(), INFRASTRUCTURE_START);
			case ARTICLE_MONGO -> mongo(component, "article");
			case MEDIA_MONGO -> mongo(component, "media");
			case VIEW_COUNTER_MONGO -> mongo(component, "view-counter");
			case ARTICLE_SERVICE -> service(component, ports.articleMongo(), "articles");
			case MEDIA_SERVICE -> service(component, ports.mediaMongo(), "media");
			case VIEW_COUNTER_SERVICE -> viewCounterService();
			case GATEWAY -> gateway();
		};
	}

	private ProcessSpec mongo(Component component, String storeName) {
		List<String> command = new ArrayList<>(List.of(jvm.java().toString()));
		command.addAll(component.jvmOptions());
		command.addAll(jvm.commonOptions(component.processName()));
		command.addAll(
				List.of("-cp", jvm.classpath(), MongoWireServer.class.getName(), String.valueOf(component.port(ports)),
						varDirectory.resolve("mongo").resolve(storeName + ".mv").toString()));
		return spec(component, command, Map.of(), INFRASTRUCTURE_START);
	}

	private ProcessSpec service(Component component, int mongoPort, String database) {
		return spec(component, javaJar(component), serviceEnvironment(component, mongoPort, database), SERVICE_START);
	}

	private ProcessSpec viewCounterService() {
		Component component = Component.VIEW_COUNTER_SERVICE;
		Map<String, String> environment = serviceEnvironment(component, ports.viewCounterMongo(), "views");
		// the service's own default is a public development key
		environment.put(Credentials.VISITOR_KEY_VARIABLE, credentials.visitorKey());
		return spec(component, javaJar(component), environment, SERVICE_START);
	}

	private Map<String, String> serviceEnvironment(Component component, int mongoPort, String database) {
		Map<String, String> environment = new LinkedHashMap<>(common(component));
		environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:" + ports.kafka());
		environment.put("SPRING_MONGODB_URI", "mongodb://localhost:" + mongoPort + "/" + database);
		return environment;
	}

	private ProcessSpec gateway() {
		Map<String, String> environment = new LinkedHashMap<>(common(Component.GATEWAY));
		environment.put("NEWSROOM_ARTICLE_SERVICE_URL", "http://127.0.0.1:" + ports.articleService());
		environment.put("NEWSROOM_MEDIA_SERVICE_URL", "http://127.0.0.1:" + ports.mediaService());
		environment.put("NEWSROOM_VIEW_COUNTER_SERVICE_URL", "http://127.0.0.1:" + ports.viewCounterService());
		environment.put("NEWSROOM_JWT_PRIVATE_KEY_LOCATION", location(keys.privateKey()));
		environment.put("NEWSROOM_JWT_PUBLIC_KEY_LOCATION", location(keys.publicKey()));
		for (String user : Credentials.USERS) {
			environment.put(Credentials.environmentVariable(user), credentials.password(user));
		}
		return spec(Component.GATEWAY, javaJar(Component.GATEWAY), environment, SERVICE_START);
	}

	private Map<String, String> common(Component component) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SERVER_PORT", String.valueOf(component.port(ports)));
		environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION", location(keys.publicKey()));
		return environment;
	}

	private List<String> javaJar(Component component) {
		List<String> command = new ArrayList<>(List.of(jvm.java().toString()));
		command.addAll(component.jvmOptions());
		command.addAll(jvm.commonOptions(component.processName()));
		command.addAll(List.of("-jar", serviceJar(projectRoot, component).toString()));
		return command;
	}

	private ProcessSpec spec(Component component, List<String> command, Map<String, String> environment,
			Duration startTimeout) {
		return new ProcessSpec(component.processName(), command, environment, logFile(varDirectory, component),
				component.probe(ports), startTimeout);
	}

	private static String location(Path file) {
		return "file:" + file.toAbsolutePath();
	}

}
