package dev.newsroom.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The whole system on one machine: a Kafka broker, a MongoDB-wire server per service and
 * the four services, each its own process with its log in {@code logs/} of the stack's
 * directory. Infrastructure starts first, then the services, each group in parallel.
 *
 * <pre>
 * try (LocalStack stack = LocalStack.configure(projectRoot, varDirectory).withFreePorts().start()) {
 *     String gateway = stack.gatewayUrl();
 * }
 * </pre>
 */
public final class LocalStack implements AutoCloseable {

	private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(20);

	private static final Duration INFRASTRUCTURE_STOP_GRACE = Duration.ofSeconds(30);

	private final Path projectRoot;

	private final Path varDirectory;

	private final Ports ports;

	private final List<Component> components;

	private final Credentials credentials;

	private final Consumer<String> progress;

	private final RunDirectory run;

	private final List<ManagedProcess> processes = new ArrayList<>();

	private final Thread shutdownHook = new Thread(this::stop, "local-stack-stop");

	private boolean stopping;

	private boolean detached;

	private long startupNanos;

	private LocalStack(Builder builder) {
		this.projectRoot = builder.projectRoot.toAbsolutePath().normalize();
		this.varDirectory = builder.varDirectory.toAbsolutePath().normalize();
		this.ports = builder.ports;
		this.components = builder.components;
		this.credentials = Credentials.ensure(varDirectory.resolve("credentials.properties"), builder.environment);
		this.progress = builder.progress;
		this.run = new RunDirectory(varDirectory.resolve("run"));
	}

	/**
	 * @param projectRoot where the services' modules are, each with its jar in
	 * {@code target/}
	 * @param varDirectory where data, logs, keys and passwords are kept between starts
	 */
	public static Builder configure(Path projectRoot, Path varDirectory) {
		return new Builder(projectRoot, varDirectory);
	}

	public String gatewayUrl() {
		return "http://localhost:" + ports.gateway();
	}

	public String kafkaBootstrapServers() {
		return "localhost:" + ports.kafka();
	}

	public Ports ports() {
		return ports;
	}

	/** The password of {@code editor}, {@code publisher} or {@code admin}. */
	public String password(String username) {
		return credentials.password(username);
	}

	public Path logFile(String processName) {
		return varDirectory.resolve("logs").resolve(processName + ".log");
	}

	public Duration startupTime() {
		return Duration.ofNanos(startupNanos);
	}

	/**
	 * Stops the services, then the infrastructure, and waits until every process is gone.
	 */
	public synchronized void stop() {
		if (stopping || detached) {
			return;
		}
		stopping = true;
		if (!processes.isEmpty()) {
			long started = System.nanoTime();
			progress.accept("Stopping the stack ...");
			stopGroup(false, SERVICE_STOP_GRACE);
			stopGroup(true, INFRASTRUCTURE_STOP_GRACE);
			progress.accept("Stopped in " + Display.seconds(System.nanoTime() - started) + ".");
		}
		run.deletePorts();
		try {
			Runtime.getRuntime().removeShutdownHook(shutdownHook);
		}
		catch (IllegalStateException ex) {
			// the JVM is shutting down: this is the hook running
		}
	}

	@Override
	public void close() {
		stop();
	}

	private LocalStack start() {
		long started = System.nanoTime();
		requireNothingRunning();
		PortCheck.requireFree(ports.uses());
		requireServiceJars();
		ChildJvm jvm = ChildJvm.current(projectRoot);
		StackPlan plan = new StackPlan(projectRoot, varDirectory, ports, jvm,
				JwtKeys.ensure(varDirectory.resolve("keys")), credentials);
		run.writePorts(ports);
		Runtime.getRuntime().addShutdownHook(shutdownHook);
		try {
			progress.accept("Starting Kafka and the MongoDB-wire servers ...");
			startInParallel(selected(true), plan, jvm);
			if (!selected(false).isEmpty()) {
				progress.accept("Starting the services ...");
				startInParallel(selected(false), plan, jvm);
			}
		}
		catch (RuntimeException ex) {
			boolean interrupted = isStopping();
			stop();
			throw interrupted ? new LocalStackException("Stopped while starting") : ex;
		}
		startupNanos = System.nanoTime() - started;
		return this;
	}

	/**
	 * For {@code up --detach}: the processes keep running after this JVM ends, and the
	 * pid files let {@code down} find them.
	 */
	synchronized void detach() {
		Runtime.getRuntime().removeShutdownHook(shutdownHook);
		detached = true;
	}

	/** Blocks until every process has ended, telling about each that ends on its own. */
	void awaitTermination() throws InterruptedException {
		List<ManagedProcess> started;
		synchronized (this) {
			started = List.copyOf(processes);
		}
		for (ManagedProcess process : started) {
			process.handle().onExit().thenRun(() -> {
				if (!isStopping()) {
					progress.accept(process.name() + " stopped unexpectedly (exit code " + process.exitValue()
							+ "); see " + Display.path(process.spec().logFile()));
				}
			});
		}
		for (ManagedProcess process : started) {
			process.waitFor(Duration.ofDays(365));
		}
	}

	synchronized boolean isStopping() {
		return stopping;
	}

	private void requireNothingRunning() {
		for (Component component : Component.values()) {
			run.running(component.processName()).ifPresentOrElse(process -> {
				throw new LocalStackException("The stack in " + Display.path(varDirectory) + " is already running ("
						+ component.processName() + " has pid " + process.pid() + "); stop it first (./newsroom down)");
			}, () -> run.deletePid(component.processName()));
		}
	}

	private void requireServiceJars() {
		for (Component service : selected(false)) {
			Path jar = StackPlan.serviceJar(projectRoot, service);
			if (!Files.isRegularFile(jar)) {
				throw new LocalStackException("The jar of " + service.processName() + " is missing ("
						+ Display.path(jar) + "); build it with: mvn -B -DskipTests install");
			}
		}
	}

	private List<Component> selected(boolean infrastructure) {
		return components.stream().filter(component -> component.isInfrastructure() == infrastructure).toList();
	}

	/**
	 * Fails as soon as one process fails; the caller then stops the ones that did start.
	 */
	private void startInParallel(List<Component> group, StackPlan plan, ChildJvm jvm) {
		if (group.isEmpty()) {
			return;
		}
		ExecutorService executor = Executors.newFixedThreadPool(group.size(), runnable -> {
			Thread thread = new Thread(runnable, "local-stack-start");
			thread.setDaemon(true);
			return thread;
		});
		try {
			CompletionService<Void> completion = new ExecutorCompletionService<>(executor);
			for (Component component : group) {
				completion.submit(() -> {
					startAndAwait(component, plan, jvm);
					return null;
				});
			}
			for (int i = 0; i < group.size(); i++) {
				completion.take().get();
			}
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new LocalStackException("Starting the stack failed: " + ex.getCause(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalStackException("Interrupted while starting", ex);
		}
		finally {
			executor.shutdownNow();
		}
	}

	private void startAndAwait(Component component, StackPlan plan, ChildJvm jvm) throws InterruptedException {
		long started = System.nanoTime();
		ProcessSpec spec = plan.spec(component);
		emptyLog(spec.logFile());
		if (component == Component.KAFKA) {
			KafkaBroker broker = new KafkaBroker(varDirectory);
			broker.writeConfiguration(ports);
			broker.formatStorageIfNeeded(jvm, spec.logFile());
		}
		ManagedProcess process = launch(spec);
		Readiness.await(process);
		progress.accept(String.format("  %-21s up in %s (port %d, pid %d)", spec.name(),
				Display.seconds(System.nanoTime() - started), component.port(ports), process.pid()));
	}

	private synchronized ManagedProcess launch(ProcessSpec spec) {
		if (stopping) {
			throw new LocalStackException("Stopped while starting");
		}
		ManagedProcess process = ManagedProcess.start(spec);
		processes.add(process);
		run.writePid(spec.name(), process.pid());
		return process;
	}

	private void stopGroup(boolean infrastructure, Duration grace) {
		List<ManagedProcess> group = processes.stream()
			.filter(process -> componentNamed(process.name()).isInfrastructure() == infrastructure)
			.toList();
		ManagedProcess.stop(group.stream().map(ManagedProcess::handle).toList(), grace);
		group.forEach(process -> run.deletePid(process.name()));
	}

	private static Component componentNamed(String processName) {
		for (Component component : Component.values()) {
			if (component.processName().equals(processName)) {
				return component;
			}
		}
		throw new IllegalArgumentException(processName);
	}

	private static void emptyLog(Path logFile) {
		try {
			Files.createDirectories(logFile.getParent());
			Files.write(logFile, new byte[0]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + logFile + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * How to start a stack; every setting has a default that suits a developer's machine.
	 */
	public static final class Builder {

		private final Path projectRoot;

		private final Path varDirectory;

		private Ports ports = Ports.defaults();

		private List<Component> components = List.of(Component.values());

		private Map<String, String> environment = System.getenv();

		private Consumer<String> progress = line -> {
		};

		private Builder(Path projectRoot, Path varDirectory) {
			this.projectRoot = Objects.requireNonNull(projectRoot, "projectRoot");
			this.varDirectory = Objects.requireNonNull(varDirectory, "varDirectory");
		}

		public Builder withPorts(Ports ports) {
			this.ports = Objects.requireNonNull(ports, "ports");
			return this;
		}

		/** Ports nobody uses, so that the stack runs beside a developer's own. */
		public Builder withFreePorts() {
			return withPorts(Ports.free());
		}

		/**
		 * Kafka and the MongoDB-wire servers only, for services run from an IDE or a
		 * test.
		 */
		public Builder infrastructureOnly() {
			return only(Component.infrastructure());
		}

		Builder only(List<Component> components) {
			this.components = List.copyOf(components);
			return this;
		}

		/**
		 * Where passwords like {@code NEWSROOM_EDITOR_PASSWORD} are looked up; the
		 * process's by default.
		 */
		public Builder withEnvironment(Map<String, String> environment) {
			this.environment = Map.copyOf(environment);
			return this;
		}

		/** Receives a line as each process comes up; silent by default. */
		public Builder reportingTo(Consumer<String> progress) {
			this.progress = Objects.requireNonNull(progress, "progress");
			return this;
		}

		/**
		 * Starts every process and returns once all are healthy.
		 * @throws LocalStackException when one cannot start, after stopping the others;
		 * its message names the log file to read
		 */
		public LocalStack start() {
			return new LocalStack(this).start();
		}

	}

}
