package dev.newsroom.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code newsroom} script's commands. It runs in the project's root directory and
 * keeps everything of the stack under {@code var/} there. An error is one line on stderr
 * and a non-zero exit code, never a stack trace.
 */
final class NewsroomCli {

	private static final String USAGE = "usage: newsroom up [--detach] [--infra-only] [--scale NAME=N ...] | down"
			+ " | status | restart NAME";

	private final Path projectRoot;

	private final Path varDirectory;

	private final Map<String, String> environment;

	private final PrintStream out;

	NewsroomCli(Path projectRoot, Map<String, String> environment, PrintStream out) {
		this.projectRoot = projectRoot;
		this.varDirectory = projectRoot.resolve("var");
		this.environment = environment;
		this.out = out;
	}

	public static void main(String[] args) {
		int exitCode;
		try {
			exitCode = new NewsroomCli(Path.of("").toAbsolutePath(), System.getenv(), System.out).run(List.of(args));
		}
		catch (LocalStackException ex) {
			System.err.println("newsroom: " + ex.getMessage());
			exitCode = 1;
		}
		catch (RuntimeException ex) {
			System.err.println("newsroom: " + ex);
			exitCode = 1;
		}
		if (exitCode != 0) {
			System.exit(exitCode);
		}
	}

	int run(List<String> args) {
		String command = args.isEmpty() ? "help" : args.get(0);
		List<String> options = args.isEmpty() ? List.of() : args.subList(1, args.size());
		switch (command) {
			case "up" -> {
				Map<String, Integer> scale = new LinkedHashMap<>();
				List<String> flags = scaleOptions(options, scale);
				requireOptions(flags, List.of("--detach", "-d", "--infra-only"));
				return up(flags.contains("--detach") || flags.contains("-d"), flags.contains("--infra-only"), scale);
			}
			case "restart" -> {
				if (options.size() != 1) {
					throw new LocalStackException("restart takes the name of one process; " + USAGE);
				}
				LocalStack.configure(projectRoot, varDirectory)
					.withPorts(Ports.fromEnvironment(environment))
					.withEnvironment(environment)
					.reportingTo(out::println)
					.restart(options.get(0));
				out.println("Restarted " + options.get(0) + ".");
				return 0;
			}
			case "down" -> {
				requireOptions(options, List.of());
				boolean stoppedSomething = runningStack().down(out::println);
				out.println(stoppedSomething ? "Stopped." : "Nothing was running.");
				return 0;
			}
			case "status" -> {
				requireOptions(options, List.of());
				runningStack().status().forEach(out::println);
				return 0;
			}
			case "help", "--help", "-h" -> {
				out.println(USAGE);
				return 0;
			}
			default -> throw new LocalStackException("unknown command '" + command + "'; " + USAGE);
		}
	}

	private int up(boolean detach, boolean infrastructureOnly, Map<String, Integer> scale) {
		LocalStack.Builder builder = LocalStack.configure(projectRoot, varDirectory)
			.withPorts(Ports.fromEnvironment(environment))
			.withEnvironment(environment)
			.reportingTo(out::println);
		if (infrastructureOnly) {
			builder.infrastructureOnly();
		}
		if (detach) {
			// an operator bringing back what crashed: the rest keeps running
			builder.startingWhatIsMissing();
		}
		scale.forEach(builder::scale);
		LocalStack stack = builder.start();
		out.println();
		out.println("Newsroom " + (infrastructureOnly ? "infrastructure " : "") + "is up, started in "
				+ Display.seconds(stack.startupTime().toNanos()) + ".");
		out.println();
		if (infrastructureOnly) {
			printInfrastructure(stack.ports());
		}
		else {
			printWelcome(stack);
		}
		out.println("  Logs:        " + Display.path(varDirectory.resolve("logs")) + "/<process>.log");
		out.println();
		if (detach) {
			stack.detach();
			out.println("Running in the background: ./newsroom status shows it, ./newsroom down stops it.");
			return 0;
		}
		out.println("Press Ctrl-C to stop.");
		try {
			stack.awaitTermination();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (stack.isStopping()) {
			// Ctrl-C: the shutdown hook stops the stack, and exiting now would wait for
			// it for ever
			return 0;
		}
		stack.stop();
		throw new LocalStackException(
				"Every process of the stack has ended; see " + Display.path(varDirectory) + "/logs");
	}

	private void printWelcome(LocalStack stack) {
		String gateway = stack.gatewayUrl();
		out.println("  Gateway:     " + gateway);
		out.println("  Site:        " + gateway + "/ (the readers' pages)");
		out.println(
				"  Log in:      curl -s -X POST " + gateway + "/api/auth/token -H 'Content-Type: application/json' \\");
		out.println(
				"                 -d '{\"username\":\"editor\",\"password\":\"" + stack.password("editor") + "\"}'");
		String label = "  Users:       ";
		for (String user : Credentials.USERS) {
			out.println(String.format("%s%-10s %s", label, user, stack.password(user)));
			label = "               ";
		}
		out.println("               (" + Credentials.environmentVariable("editor")
				+ " and the like set them; generated ones are kept in "
				+ Display.path(varDirectory.resolve("credentials.properties")) + ")");
	}

	private void printInfrastructure(Ports ports) {
		out.println("  Kafka:       localhost:" + ports.kafka());
		out.println("  MongoDB:     mongodb://localhost:" + ports.articleMongo() + "/articles, mongodb://localhost:"
				+ ports.mediaMongo() + "/media, mongodb://localhost:" + ports.viewCounterMongo()
				+ "/views, mongodb://localhost:" + ports.commentMongo() + "/comments, mongodb://localhost:"
				+ ports.siteMongo() + "/site");
		out.println("  JWT keys:    " + Display.path(varDirectory.resolve("keys")));
	}

	private RunningStack runningStack() {
		return new RunningStack(varDirectory, Ports.fromEnvironment(environment));
	}

	/**
	 * Takes {@code --scale NAME=N} (repeatable, or {@code NAME=N,NAME=N}) out of the
	 * options; returns the others.
	 */
	private static List<String> scaleOptions(List<String> options, Map<String, Integer> scale) {
		List<String> others = new ArrayList<>();
		for (int i = 0; i < options.size(); i++) {
			String option = options.get(i);
			if (!option.equals("--scale") && !option.startsWith("--scale=")) {
				others.add(option);
				continue;
			}
			String value = option.startsWith("--scale=") ? option.substring("--scale=".length())
					: i + 1 < options.size() ? options.get(++i) : "";
			for (String entry : value.split(",")) {
				String[] parts = entry.split("=");
				if (parts.length != 2 || !parts[1].matches("[0-9]+")) {
					throw new LocalStackException(
							"--scale takes NAME=N, e.g. --scale article-service=2, not '" + entry + "'");
				}
				scale.put(parts[0], Integer.parseInt(parts[1]));
			}
		}
		return others;
	}

	private static void requireOptions(List<String> options, List<String> allowed) {
		for (String option : options) {
			if (!allowed.contains(option)) {
				throw new LocalStackException("unknown option '" + option + "'; " + USAGE);
			}
		}
	}

}
