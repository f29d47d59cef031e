package dev.newsroom.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What it takes to start one process of the stack and to know it serves. */
record ProcessSpec(String name, List<String> command, Map<String, String> environment, Path logFile, HealthProbe probe,
		Duration startTimeout) {

	ProcessSpec {
		command = List.copyOf(command);
		environment = Map.copyOf(environment);
	}

}
