package dev.newsroom.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A stack started earlier, maybe by another JVM, as its pid files describe it. */
final class RunningStack {

	private final RunDirectory run;

	private final Ports ports;

	/**
	 * @param portsIfNoneRuns what to probe when no stack wrote the ports it uses
	 */
	RunningStack(Path varDirectory, Ports portsIfNoneRuns) {
		this.run = new RunDirectory(varDirectory.resolve("run"));
		this.ports = run.ports().orElse(portsIfNoneRuns);
	}

	List<String> status() {
		List<String> lines = new ArrayList<>();
		lines.add(String.format("%-21s %-8s %-6s %s", "PROCESS", "PID", "PORT", "HEALTH"));
		for (Component component : Component.values()) {
			int port = component.port(ports);
			Optional<ProcessHandle> process = run.running(component.processName());
			String health;
			if (process.isPresent()) {
				health = component.probe(ports).isUp() ? "UP" : "DOWN";
			}
			else {
				health = PortCheck.isFree(port) ? "not running" : "not running (port used by another process)";
			}
			lines.add(String.format("%-21s %-8s %-6d %s", component.processName(),
					process.map(handle -> String.valueOf(handle.pid())).orElse("-"), port, health));
		}
		return lines;
	}

	/**
	 * Stops the services before the broker and databases they flush to on shutdown.
	 * @return whether anything was running
	 */
	boolean down(Consumer<String> progress) {
		boolean found = stop(Component.services(), Duration.ofSeconds(20), progress);
		found |= stop(Component.infrastructure(), Duration.ofSeconds(30), progress);
		run.deletePorts();
		return found;
	}

	private boolean stop(List<Component> group, Duration grace, Consumer<String> progress) {
		List<ProcessHandle> processes = new ArrayList<>();
		for (Component component : group) {
			run.running(component.processName()).ifPresent(process -> {
				progress.accept("Stopping " + component.processName() + " (pid " + process.pid() + ")");
				processes.add(process);
			});
		}
		ManagedProcess.stop(processes, grace);
		group.forEach(component -> run.deletePid(component.processName()));
		return !processes.isEmpty();
	}

}
