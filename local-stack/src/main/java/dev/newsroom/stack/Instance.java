package dev.newsroom.stack;

/**
 * One process of the stack. A component's first instance has the component's name and
 * port; more instances of a service or the gateway ({@code --scale article-service=2})
 * are numbered ({@code article-service-2}) and listen on free ports.
 */
record Instance(Component component, int number, int port) {

	String name() {
		return number == 1 ? component.processName() : component.processName() + "-" + number;
	}

	/**
	 * As the run directory keeps it: {@code article-service-2=article-service 2 51234}.
	 */
	String describe() {
		return component.processName() + " " + number + " " + port;
	}

	static Instance parse(String description) {
		String[] parts = description.trim().split("\\s+");
		return new Instance(Component.named(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
	}

	HealthProbe probe(Ports ports) {
		return component.probe(ports, port);
	}

}
