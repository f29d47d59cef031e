package dev.newsroom.stack;

import java.util.Arrays;
import java.util.List;

/** The processes of the stack, infrastructure first: the order they start in. */
enum Component {

	KAFKA("kafka"), ARTICLE_MONGO("article-mongo"), MEDIA_MONGO("media-mongo"),
	VIEW_COUNTER_MONGO("view-counter-mongo"), COMMENT_MONGO("comment-mongo"), SITE_MONGO("site-mongo"),
	ARTICLE_SERVICE("article-service"), MEDIA_SERVICE("media-service"), VIEW_COUNTER_SERVICE("view-counter-service"),
	COMMENT_SERVICE("comment-service"), SITE("site"), GATEWAY("gateway");

	private final String processName;

	Component(String processName) {
		this.processName = processName;
	}

	String processName() {
		return processName;
	}

	boolean isInfrastructure() {
		return ordinal() <= SITE_MONGO.ordinal();
	}

	static List<Component> infrastructure() {
		return Arrays.stream(values()).filter(Component::isInfrastructure).toList();
	}

	static List<Component> services() {
		return Arrays.stream(values()).filter(component -> !component.isInfrastructure()).toList();
	}

	int port(Ports ports) {
		return switch (this) {
			case KAFKA -> ports.kafka();
			case ARTICLE_MONGO -> ports.articleMongo();
			case MEDIA_MONGO -> ports.mediaMongo();
			case VIEW_COUNTER_MONGO -> ports.viewCounterMongo();
			case COMMENT_MONGO -> ports.commentMongo();
			case SITE_MONGO -> ports.siteMongo();
			case ARTICLE_SERVICE -> ports.articleService();
			case MEDIA_SERVICE -> ports.mediaService();
			case VIEW_COUNTER_SERVICE -> ports.viewCounterService();
			case COMMENT_SERVICE -> ports.commentService();
			case SITE -> ports.site();
			case GATEWAY -> ports.gateway();
		};
	}

	/**
	 * Heap, compiler and collector by what the process does, for two cores and the whole
	 * stack in under 2 GB. The gateway answers every reader: the full JIT and the
	 * parallel collector with a fixed heap, for throughput. The site renders every page
	 * the gateway's cache does not hold, which for the long tail of articles is most
	 * first reads: the same. Measured on an article page at one connection: with the
	 * first JIT tier and the serial collector 3.5 ms at the median; with the full JIT 1.2
	 * ms, but the serial collector's pauses of 5 ms put the 99th percentile at 9 ms; with
	 * the parallel one (pauses of 2.5 ms) at 4.6 to 5.8 ms. Article-service answers
	 * searches, and readers' queries are too many to be cached: the same. Its search
	 * index takes about 4.5 KB of the heap a published article. Measured on 10,000
	 * articles at one connection: with the first tier 20 ms at the median and 44 ms at
	 * the 99th percentile, with the full JIT 11 and 32 ms. The site's MongoDB-wire server
	 * answers the reads of each page the site renders: the full JIT too, which took an
	 * article page from 1.5 to 1.1 ms at the median at one connection, for 45 MB more
	 * memory. The view counter takes every view the readers send, and counts them: the
	 * full JIT, but only for methods called twenty times as often as its defaults ask
	 * (the thresholds of tier 4), which the counting reaches under load and the start far
	 * less often. With the defaults, the stack took 32-33 s to start instead of 24-25.
	 * Measured alternately on fresh stacks with the views benchmark, runs after the
	 * first: a backlog counted at 15,100-24,700 views a second (median 22,100) against
	 * 11,800-17,300 (median 13,100) on the first tier; the first run after a start is no
	 * faster (7,900-10,300 against 10,200-11,000), as the profiling tier runs until the
	 * counting is hot. The cost, on fresh stacks three times alternately: its own start
	 * took 16-20 s instead of 11-16, the stack's 26.1-30.4 s instead of 23.5-28.5, and
	 * about 10 MB more memory at rest. Its heap may grow to 512 MB, half of it young: a
	 * backlog's batches (three consumers of 10,000 views, each view with its record and
	 * its headers) keep 60-130 MB alive, and in 256 MB they were promoted and filled the
	 * old generation twice a second, each full collection stopping the counting for
	 * 150-180 ms. Measured on fresh stacks, runs two to four: 35,500-53,300 views a
	 * second (two stacks) against 22,300-35,800 with 256 MB (three stacks: young a third
	 * or a half, 10,000 or 2,500 records a poll), 31,300-50,200 with 384 MB and
	 * 36,200-46,600 with G1 and 512 MB. It starts as small as before, so the memory at
	 * rest is the same; after a backlog the heap stays grown, as the serial collector
	 * gives memory back only at a full collection: after four runs of the views benchmark
	 * the counter took 711 MiB. Everything else sees only what the gateway's cache lets
	 * through (a request per path per second) and the writes: the first JIT tier and the
	 * serial collector, which start fastest, cost least memory, and leave the cores to
	 * the gateway; with the full JIT in every service, the stack took 77 s instead of 44
	 * s to start on two cores. Their heaps, and the MongoDB-wire servers', start small
	 * and grow as needed: by default a JVM starts with a sixty-fourth of the machine's
	 * memory, which on 24 GB is more than the maximum, so each started at its maximum and
	 * the young collections went over all of it. Measured on a fresh stack: 2,342 MB of
	 * memory in all with the default, 2,005 MB with these, and 1,939 to 1,973 MB once
	 * every child also hands freed native memory back ({@link ChildJvm#commonOptions}).
	 */
	List<String> jvmOptions() {
		return switch (this) {
			case GATEWAY, SITE, ARTICLE_SERVICE -> List.of("-Xms256m", "-Xmx256m", "-XX:+UseParallelGC");
			case KAFKA, MEDIA_SERVICE, COMMENT_SERVICE ->
				List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
			case VIEW_COUNTER_SERVICE -> List.of("-Xms32m", "-Xmx512m", "-XX:NewRatio=1", "-XX:+UseSerialGC",
					"-XX:Tier4InvocationThreshold=100000", "-XX:Tier4MinInvocationThreshold=60000",
					"-XX:Tier4CompileThreshold=120000", "-XX:Tier4BackEdgeThreshold=1000000");
			case SITE_MONGO -> List.of("-Xms16m", "-Xmx128m", "-XX:+UseSerialGC");
			case ARTICLE_MONGO, MEDIA_MONGO, VIEW_COUNTER_MONGO, COMMENT_MONGO ->
				List.of("-Xms16m", "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
		};
	}

	HealthProbe probe(Ports ports) {
		return probe(ports, port(ports));
	}

	/** The probe of an instance listening on {@code port}. */
	HealthProbe probe(Ports ports, int port) {
		return switch (this) {
			case KAFKA -> new HealthProbe.KafkaCluster(ports.kafka());
			case ARTICLE_MONGO, MEDIA_MONGO, VIEW_COUNTER_MONGO, COMMENT_MONGO, SITE_MONGO -> new HealthProbe.Tcp(port);
			default -> new HealthProbe.ActuatorHealth(port);
		};
	}

	/** The services and the gateway run as several instances; the infrastructure once. */
	boolean isScalable() {
		return !isInfrastructure();
	}

	static Component named(String processName) {
		for (Component component : values()) {
			if (component.processName.equals(processName)) {
				return component;
			}
		}
		throw new LocalStackException("There is no " + processName + "; the stack runs "
				+ Arrays.stream(values()).map(Component::processName).toList());
	}

}
