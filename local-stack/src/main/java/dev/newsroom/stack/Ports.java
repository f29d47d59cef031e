package dev.newsroom.stack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every TCP port the stack listens on. The defaults are the ports the services' own
 * defaults point at, so a service started from the IDE finds the stack's infrastructure.
 */
public record Ports(int kafka, int kafkaController, int articleMongo, int mediaMongo, int viewCounterMongo,
		int commentMongo, int siteMongo, int articleService, int mediaService, int viewCounterService,
		int commentService, int site, int gateway) {

	public Ports {
		Map<Integer, String> owners = new HashMap<>();
		for (PortUse use : uses(kafka, kafkaController, articleMongo, mediaMongo, viewCounterMongo, commentMongo,
				siteMongo, articleService, mediaService, viewCounterService, commentService, site, gateway)) {
			if (use.port() < 1 || use.port() > 65535) {
				throw new LocalStackException(
						use.variable() + " must be a port number from 1 to 65535, not " + use.port());
			}
			String other = owners.putIfAbsent(use.port(), use.variable());
			if (other != null) {
				throw new LocalStackException("Port " + use.port() + " is given twice, to " + other + " and "
						+ use.variable() + "; every port must differ");
			}
		}
	}

	public static Ports defaults() {
		return new Ports(9092, 9093, 27017, 27018, 27019, 27021, 27020, 8081, 8082, 8083, 8085, 8084, 8080);
	}

	/**
	 * The defaults, each replaced by its {@code NEWSROOM_*_PORT} variable when that is
	 * set.
	 */
	public static Ports fromEnvironment(Map<String, String> environment) {
		List<PortUse> defaults = defaults().uses();
		int[] ports = new int[defaults.size()];
		for (int i = 0; i < ports.length; i++) {
			PortUse use = defaults.get(i);
			String value = environment.get(use.variable());
			ports[i] = (value == null || value.isBlank()) ? use.port() : parse(use.variable(), value.trim());
		}
		return of(ports);
	}

	/**
	 * Ports that were free a moment ago, so that a test's stack never meets a
	 * developer's.
	 */
	public static Ports free() {
		return of(PortCheck.freePorts(defaults().uses().size()));
	}

	private static Ports of(int[] ports) {
		return new Ports(ports[0], ports[1], ports[2], ports[3], ports[4], ports[5], ports[6], ports[7], ports[8],
				ports[9], ports[10], ports[11], ports[12]);
	}

	/**
	 * In the order of the record components; the environment variable names each port for
	 * operators.
	 */
	List<PortUse> uses() {
		return uses(kafka, kafkaController, articleMongo, mediaMongo, viewCounterMongo, commentMongo, siteMongo,
				articleService, mediaService, viewCounterService, commentService, site, gateway);
	}

	private static List<PortUse> uses(int... ports) {
		String[][] names = { { "kafka", "NEWSROOM_KAFKA_PORT" },
				{ "kafka controller", "NEWSROOM_KAFKA_CONTROLLER_PORT" },
				{ "article-mongo", "NEWSROOM_ARTICLE_MONGO_PORT" }, { "media-mongo", "NEWSROOM_MEDIA_MONGO_PORT" },
				{ "view-counter-mongo", "NEWSROOM_VIEW_COUNTER_MONGO_PORT" },
				{ "comment-mongo", "NEWSROOM_COMMENT_MONGO_PORT" }, { "site-mongo", "NEWSROOM_SITE_MONGO_PORT" },
				{ "article-service", "NEWSROOM_ARTICLE_SERVICE_PORT" },
				{ "media-service", "NEWSROOM_MEDIA_SERVICE_PORT" },
				{ "view-counter-service", "NEWSROOM_VIEW_COUNTER_SERVICE_PORT" },
				{ "comment-service", "NEWSROOM_COMMENT_SERVICE_PORT" }, { "site", "NEWSROOM_SITE_PORT" },
				{ "gateway", "NEWSROOM_GATEWAY_PORT" } };
		List<PortUse> uses = new ArrayList<>();
		for (int i = 0; i < ports.length; i++) {
			uses.add(new PortUse(names[i][0], ports[i], names[i][1]));
		}
		return uses;
	}

	private static int parse(String variable, String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new LocalStackException(variable + " must be a port number from 1 to 65535, not '" + value + "'");
		}
	}

	record PortUse(String owner, int port, String variable) {
	}

}
