package dev.newsroom.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A stack started earlier, maybe by another JVM, as its pid files describe it. */
final class RunningStack {

	private final RunDirectory run;

	private final Ports ports;

	private final List<Instance> instances;

	/**
	 * @param portsIfNoneRuns what to probe when no stack wrote the ports it uses
	 */
	RunningStack(Path varDirectory, Ports portsIfNoneRuns) {
		this.run = new RunDirectory(varDirectory.resolve("run"));
		this.ports = run.ports().orElse(portsIfNoneRuns);
		this.instances = run.instances()
			.orElseGet(() -> Arrays.stream(Component.values())
				.map(component -> new Instance(component, 1, component.port(ports)))
				.toList());
	}

	List<String> status() {
		List<String> lines = new ArrayList<>();
		lines.add(String.format("%-21s %-8s %-6s %s", "PROCESS", "PID", "PORT", "HEALTH"));
		for (Instance instance : instances) {
			Optional<ProcessHandle> process = run.running(instance.name());
			String health;
			if (process.isPresent()) {
				health = instance.probe(ports).isUp() ? "UP" : "DOWN";
			}
			else {
				health = PortCheck.isFree(instance.port()) ? "not running"
						: "not running (port used by another process)";
			}
			lines.add(String.format("%-21s %-8s %-6d %s", instance.name(),
					process.map(handle -> String.valueOf(handle.pid())).orElse("-"), instance.port(), health));
		}
		return lines;
	}

	/**
	 * Stops the services before the broker and databases they flush to on shutdown.
	 * @return whether anything was running
	 */
	boolean down(Consumer<String> progress) {
		boolean found = stop(instances.stream().filter(instance -> instance.component().isScalable()).toList(),
				Duration.ofSeconds(20), progress);
		found |= stop(instances.stream().filter(instance -> instance.component().isInfrastructure()).toList(),
				Duration.ofSeconds(30), progress);
		run.deletePorts();
		return found;
	}

	private boolean stop(List<Instance> group, Duration grace, Consumer<String> progress) {
		List<ProcessHandle> processes = new ArrayList<>();
		for (Instance instance : group) {
			run.running(instance.name()).ifPresent(process -> {
				progress.accept("Stopping " + instance.name() + " (pid " + process.pid() + ")");
				processes.add(process);
			});
		}
		ManagedProcess.stop(processes, grace);
		group.forEach(instance -> run.deletePid(instance.name()));
		return !processes.isEmpty();
	}

}
