package dev.newsroom.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The command line and environment of every process. Services get their settings as
 * environment variables, the way a container platform would hand them over, so the local
 * stack exercises the same configuration path as production.
 */
final class StackPlan {

	private static final Duration INFRASTRUCTURE_START = Duration.ofSeconds(90);

	/** Six Spring Boot applications starting together on two cores take a while. */
	private static final Duration SERVICE_START = Duration.ofSeconds(180);

	private static final Duration TRAINING = Duration.ofSeconds(180);

	private final Path projectRoot;

	private final Path varDirectory;

	private final Path imagesDirectory;

	private final Ports ports;

	private final List<Instance> instances;

	private final ChildJvm jvm;

	private final JwtKeys keys;

	private final Credentials credentials;

	/**
	 * @param instances every instance of the stack, so that the gateway knows each
	 * service's
	 */
	StackPlan(Path projectRoot, Path varDirectory, Path imagesDirectory, Ports ports, List<Instance> instances,
			ChildJvm jvm, JwtKeys keys, Credentials credentials) {
		this.projectRoot = projectRoot.toAbsolutePath();
		this.varDirectory = varDirectory.toAbsolutePath();
		this.imagesDirectory = imagesDirectory.toAbsolutePath();
		this.ports = ports;
		this.instances = List.copyOf(instances);
		this.jvm = jvm;
		this.keys = keys;
		this.credentials = credentials;
	}

	static Path logFile(Path varDirectory, String processName) {
		return varDirectory.resolve("logs").resolve(processName + ".log");
	}

	static Path serviceJar(Path projectRoot, Component service) {
		String module = service.processName();
		return projectRoot.resolve(module).resolve("target").resolve(module + ".jar");
	}

	/** The first instance of each component, as most callers mean it. */
	ProcessSpec spec(Component component) {
		return spec(new Instance(component, 1, component.port(ports)));
	}

	ProcessSpec spec(Instance instance) {
		Component component = instance.component();
		return switch (component) {
			case KAFKA -> spec(instance,
					new KafkaBroker(varDirectory).command(jvm, classArchive(component).options(jvm, instance.name())),
					Map.of(), INFRASTRUCTURE_START);
			case ARTICLE_MONGO -> mongo(instance, "article");
			case MEDIA_MONGO -> mongo(instance, "media");
			case VIEW_COUNTER_MONGO -> mongo(instance, "view-counter");
			case COMMENT_MONGO -> mongo(instance, "comment");
			case SITE_MONGO -> mongo(instance, "site");
			case ARTICLE_SERVICE -> service(instance, ports.articleMongo(), "articles");
			case MEDIA_SERVICE -> service(instance, ports.mediaMongo(), "media");
			case VIEW_COUNTER_SERVICE -> viewCounterService(instance);
			case COMMENT_SERVICE -> commentService(instance);
			case SITE -> site(instance);
			case GATEWAY -> gateway(instance);
		};
	}

	private ProcessSpec mongo(Instance instance, String storeName) {
		List<String> command = new ArrayList<>(List.of(jvm.java().toString()));
		command.addAll(mongoOptions(instance.component()));
		command.addAll(jvm.commonOptions(instance.name()));
		command.addAll(classArchive(instance.component()).options(jvm, instance.name()));
		command.addAll(List.of("-cp", jvm.classpath(), MongoWireServer.class.getName(), String.valueOf(instance.port()),
				varDirectory.resolve("mongo").resolve(storeName + ".mv").toString()));
		return spec(instance, command, Map.of(), INFRASTRUCTURE_START);
	}

	private ProcessSpec service(Instance instance, int mongoPort, String database) {
		return spec(instance, javaJar(instance), serviceEnvironment(instance, mongoPort, database), SERVICE_START);
	}

	private ProcessSpec viewCounterService(Instance instance) {
		Map<String, String> environment = serviceEnvironment(instance, ports.viewCounterMongo(), "views");
		// the service's own default is a public development key
		environment.put(Credentials.VISITOR_KEY_VARIABLE, credentials.visitorKey());
		return spec(instance, javaJar(instance), environment, SERVICE_START);
	}

	private ProcessSpec commentService(Instance instance) {
		Map<String, String> environment = serviceEnvironment(instance, ports.commentMongo(), "comments");
		// the service's own default is a public development key
		environment.put(Credentials.COMMENTS_KEY_VARIABLE, credentials.commentsKey());
		return spec(instance, javaJar(instance), environment, SERVICE_START);
	}

	private ProcessSpec site(Instance instance) {
		Map<String, String> environment = serviceEnvironment(instance, ports.siteMongo(), "site");
		// canonical addresses and sharing cards name the pages where readers reach them
		environment.put("NEWSROOM_SITE_BASE_URL", "http://localhost:" + ports.gateway());
		return spec(instance, javaJar(instance), environment, SERVICE_START);
	}

	private Map<String, String> serviceEnvironment(Instance instance, int mongoPort, String database) {
		Map<String, String> environment = new LinkedHashMap<>(common(instance));
		environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:" + ports.kafka());
		environment.put("SPRING_MONGODB_URI", "mongodb://localhost:" + mongoPort + "/" + database);
		return environment;
	}

	private ProcessSpec gateway(Instance instance) {
		Map<String, String> environment = new LinkedHashMap<>(common(instance));
		environment.put("NEWSROOM_ARTICLE_SERVICE_URL", urlsOf(Component.ARTICLE_SERVICE));
		environment.put("NEWSROOM_MEDIA_SERVICE_URL", urlsOf(Component.MEDIA_SERVICE));
		environment.put("NEWSROOM_VIEW_COUNTER_SERVICE_URL", urlsOf(Component.VIEW_COUNTER_SERVICE));
		environment.put("NEWSROOM_COMMENT_SERVICE_URL", urlsOf(Component.COMMENT_SERVICE));
		environment.put("NEWSROOM_SITE_URL", urlsOf(Component.SITE));
		environment.put("NEWSROOM_JWT_PRIVATE_KEY_LOCATION", location(keys.privateKey()));
		environment.put("NEWSROOM_JWT_PUBLIC_KEY_LOCATION", location(keys.publicKey()));
		for (String user : Credentials.USERS) {
			environment.put(Credentials.environmentVariable(user), credentials.password(user));
		}
		return spec(instance, javaJar(instance), environment, SERVICE_START);
	}

	/**
	 * Every instance of a service, by address rather than {@code localhost}: a name
	 * stands for all its addresses, and one process must count as one instance.
	 */
	private String urlsOf(Component service) {
		List<Instance> of = instances.stream().filter(instance -> instance.component() == service).toList();
		if (of.isEmpty()) {
			return "http://127.0.0.1:" + service.port(ports);
		}
		return of.stream().map(instance -> "http://127.0.0.1:" + instance.port()).collect(Collectors.joining(","));
	}

	private Map<String, String> common(Instance instance) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SERVER_PORT", String.valueOf(instance.port()));
		environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION", location(keys.publicKey()));
		return environment;
	}

	private List<String> javaJar(Instance instance) {
		List<String> command = new ArrayList<>(List.of(jvm.java().toString()));
		command.addAll(instance.component().jvmOptions());
		command.addAll(jvm.commonOptions(instance.name()));
		command.addAll(image(instance.component()).launch());
		return command;
	}

	/**
	 * The class data archive of an infrastructure process: Kafka's, or the one the
	 * MongoDB-wire servers share.
	 */
	ClassArchive classArchive(Component infrastructure) {
		if (!infrastructure.isInfrastructure()) {
			throw new IllegalArgumentException(infrastructure + " runs from an image of its own");
		}
		return infrastructure == Component.KAFKA
				? ClassArchive.of(imagesDirectory, "kafka", Component.KAFKA.jvmOptions())
				: ClassArchive.of(imagesDirectory, "mongo-wire", mongoOptions(infrastructure));
	}

	/** The heap, compiler and collector of a MongoDB-wire server. */
	private static List<String> mongoOptions(Component server) {
		if (MongoWireServer.inMemory()) {
			// Every document is on the heap and lives as long as the store: room for a
			// benchmark's millions of them, and a collector that neither stops the store
			// for seconds to go through them all (the parallel one did, 5 s at a time),
			// nor goes through them often (the serial one in 1 GB did, for half of each
			// batch the view counter wrote).
			return List.of("-Xmx4g", "-XX:+UseG1GC");
		}
		return server.jvmOptions();
	}

	ServiceImage image(Component service) {
		return ServiceImage.of(projectRoot, imagesDirectory, service, jvm.hasAheadOfTimeCache());
	}

	/**
	 * The training run that makes a service's class data archive: the service as it runs,
	 * with the settings it runs with, on no port, exiting once started.
	 */
	ProcessSpec training(Component service) {
		Instance instance = new Instance(service, 1, 0);
		ProcessSpec run = spec(instance);
		String name = service.processName() + "-training";
		List<String> command = new ArrayList<>(List.of(jvm.java().toString()));
		command.addAll(service.jvmOptions());
		command.addAll(jvm.commonOptions(name));
		command.addAll(image(service).training());
		return new ProcessSpec(name, command, run.environment(), logFile(varDirectory, name), run.probe(), TRAINING);
	}

	private ProcessSpec spec(Instance instance, List<String> command, Map<String, String> environment,
			Duration startTimeout) {
		return new ProcessSpec(instance.name(), command, environment, logFile(varDirectory, instance.name()),
				instance.probe(ports), startTimeout);
	}

	private static String location(Path file) {
		return "file:" + file.toAbsolutePath();
	}

}
