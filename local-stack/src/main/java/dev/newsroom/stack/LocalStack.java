package dev.newsroom.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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

	private final Path imagesDirectory;

	private Ports ports;

	private final List<Component> components;

	private final Map<Component, Integer> scale;

	private final boolean startingWhatIsMissing;

	private List<Instance> instances = List.of();

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
		this.imagesDirectory = Objects.requireNonNullElse(builder.imagesDirectory, varDirectory.resolve("apps"))
			.toAbsolutePath()
			.normalize();
		this.ports = builder.ports;
		this.components = builder.components;
		this.scale = Map.copyOf(builder.scale);
		this.startingWhatIsMissing = builder.startingWhatIsMissing;
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

	/** The port of one process, e.g. {@code article-service-2}. */
	public int port(String processName) {
		return instanceNamed(processName).port();
	}

	/** The process id of one process, e.g. {@code article-service-2}, while it runs. */
	public long pid(String processName) {
		return runningProcess(instanceNamed(processName)).map(ProcessHandle::pid)
			.orElseThrow(() -> new LocalStackException(processName + " is not running"));
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
		List<Instance> missing = planInstances();
		requireServiceJars();
		ChildJvm jvm = ChildJvm.current(projectRoot);
		StackPlan plan = plan(jvm);
		run.writePorts(ports);
		run.writeInstances(instances);
		Runtime.getRuntime().addShutdownHook(shutdownHook);
		try {
			Set<Component> stale = staleImages(missing, plan);
			List<Instance> gateways = missing.stream().filter(i -> i.component() == Component.GATEWAY).toList();
			List<Instance> infrastructure = missing.stream().filter(i -> i.component().isInfrastructure()).toList();
			List<Instance> services = missing.stream()
				.filter(i -> !i.component().isInfrastructure() && i.component() != Component.GATEWAY)
				.toList();
			progress
				.accept("Starting Kafka and the MongoDB-wire servers, then the services; the gateway meanwhile (Java "
						+ Runtime.version().feature()
						+ (jvm.hasAheadOfTimeCache() ? ", ahead-of-time caches" : ", class data archives") + ") ...");
			// the gateway needs nothing else to start; the services wait for their
			// databases and Kafka, which starting them together only slows down
			Step gateway = () -> {
				prepareImages(List.of(Component.GATEWAY), stale, plan, jvm);
				startInParallel(gateways, plan, jvm);
			};
			Step rest = () -> {
				startInParallel(infrastructure, plan, jvm);
				prepareImages(services.stream().map(Instance::component).distinct().toList(), stale, plan, jvm);
				startInParallel(services, plan, jvm);
			};
			inParallel(List.of(gateway, rest), Step::run);
		}
		catch (RuntimeException ex) {
			boolean interrupted = isStopping();
			stop();
			throw interrupted ? new LocalStackException("Stopped while starting") : ex;
		}
		startupNanos = System.nanoTime() - started;
		archiveClasses(plan, jvm);
		return this;
	}

	/**
	 * Once the stack is up, what Kafka and the MongoDB-wire servers recorded of their
	 * classes goes into archives for the next start. Without them the stack only starts
	 * slower, so a failure is reported and the stack runs on.
	 */
	private void archiveClasses(StackPlan plan, ChildJvm jvm) {
		// article-mongo stands for the five MongoDB-wire servers, which share one archive
		List<ClassArchive> toMake = List
			.of(plan.classArchive(Component.KAFKA), plan.classArchive(Component.ARTICLE_MONGO))
			.stream()
			.filter(archive -> archive.isToBeMade(jvm))
			.toList();
		if (toMake.isEmpty()) {
			return;
		}
		progress.accept("Writing class data archives of "
				+ String.join(" and ", toMake.stream().map(ClassArchive::name).toList())
				+ " for the next start (once after each build or Java update) ...");
		try {
			inParallel(toMake, archive -> {
				long started = System.nanoTime();
				Path log = StackPlan.logFile(varDirectory, archive.name() + "-archive");
				emptyLog(log);
				String outcome = archive.make(jvm, log) ? "written in " + Display.seconds(System.nanoTime() - started)
						: "not written, which only makes the next start slower; see " + Display.path(log);
				progress.accept(String.format("  %-21s %s", archive.name(), outcome));
			});
		}
		catch (LocalStackException | UncheckedIOException failed) {
			progress.accept("  The class data archives were not written, which only makes the next start slower: "
					+ failed.getMessage());
		}
	}

	/**
	 * The instances to run and, of them, those to start now. A stack already running
	 * keeps its ports and instances, and only what is not running starts again (when
	 * allowed); otherwise each component gets its first instance on its port and, as
	 * scaled, more on free ports.
	 */
	private List<Instance> planInstances() {
		List<Instance> recorded = run.instances().orElse(List.of());
		List<Instance> alive = recorded.stream().filter(instance -> run.running(instance.name()).isPresent()).toList();
		Component runningUnrecorded = Arrays.stream(Component.values())
			.filter(component -> run.running(component.processName()).isPresent())
			.findFirst()
			.orElse(null);
		if (!alive.isEmpty() || runningUnrecorded != null) {
			String what = alive.isEmpty() ? runningUnrecorded.processName() : alive.get(0).name();
			if (!startingWhatIsMissing || alive.isEmpty()) {
				throw new LocalStackException("The stack in " + Display.path(varDirectory) + " is already running ("
						+ what + " is up); stop it first (./newsroom down), or start what is missing with "
						+ "./newsroom up --detach");
			}
			ports = run.ports().orElse(ports);
			instances = recorded;
			return recorded.stream().filter(instance -> !alive.contains(instance)).toList();
		}
		recorded.forEach(instance -> run.deletePid(instance.name()));
		List<Instance> planned = new ArrayList<>();
		for (Component component : components) {
			planned.add(new Instance(component, 1, component.port(ports)));
			int more = scale.getOrDefault(component, 1) - 1;
			int[] free = more > 0 ? PortCheck.freePorts(more) : new int[0];
			for (int i = 0; i < more; i++) {
				planned.add(new Instance(component, i + 2, free[i]));
			}
		}
		PortCheck.requireFree(ports.uses());
		instances = List.copyOf(planned);
		return instances;
	}

	/**
	 * Kills one process at once (SIGKILL), as a crash would: for tests of what a stack
	 * survives. {@link #restart(String)} brings it back.
	 * @param processName e.g. {@code article-service-2}
	 */
	public void kill(String processName) {
		Instance instance = instanceNamed(processName);
		ProcessHandle process = runningProcess(instance)
			.orElseThrow(() -> new LocalStackException(processName + " is not running"));
		process.destroyForcibly();
		process.onExit().join();
	}

	/**
	 * Stops one process of this stack if it runs and starts it again on its port, as the
	 * stack planned it: for a process that crashed or hangs.
	 * @param processName e.g. {@code article-service-2}
	 */
	public void restart(String processName) {
		long started = System.nanoTime();
		Instance instance = instanceNamed(processName);
		runningProcess(instance).ifPresent(process -> {
			progress.accept("Stopping " + processName + " (pid " + process.pid() + ")");
			ManagedProcess.stop(List.of(process),
					instance.component().isInfrastructure() ? INFRASTRUCTURE_STOP_GRACE : SERVICE_STOP_GRACE);
		});
		synchronized (this) {
			processes.removeIf(process -> process.name().equals(processName));
		}
		run.deletePid(processName);
		PortCheck.requireFree(List.of(new Ports.PortUse(processName, instance.port(), processName)));
		ChildJvm jvm = ChildJvm.current(projectRoot);
		try {
			startAndAwait(instance, plan(jvm), jvm);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LocalStackException("Interrupted while restarting " + processName, ex);
		}
		startupNanos = System.nanoTime() - started;
	}

	/** Takes over the stack running in the var directory, for {@code restart}. */
	private LocalStack adoptRunning() {
		instances = run.instances()
			.orElseThrow(() -> new LocalStackException("No stack runs in " + Display.path(varDirectory)));
		ports = run.ports().orElse(ports);
		detach();
		return this;
	}

	private Optional<ProcessHandle> runningProcess(Instance instance) {
		synchronized (this) {
			Optional<ProcessHandle> started = processes.stream()
				.filter(process -> process.name().equals(instance.name()) && process.isAlive())
				.map(ManagedProcess::handle)
				.findFirst();
			if (started.isPresent()) {
				return started;
			}
		}
		return run.running(instance.name());
	}

	private StackPlan plan(ChildJvm jvm) {
		return new StackPlan(projectRoot, varDirectory, imagesDirectory, ports, instances, jvm,
				JwtKeys.ensure(varDirectory.resolve("keys")), credentials);
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

	private void requireServiceJars() {
		for (Component service : components.stream().filter(Component::isScalable).toList()) {
			Path jar = StackPlan.serviceJar(projectRoot, service);
			if (!Files.isRegularFile(jar)) {
				throw new LocalStackException("The jar of " + service.processName() + " is missing ("
						+ Display.path(jar) + "); build it with: mvn -B -DskipTests install");
			}
		}
	}

	/**
	 * The services whose jars are to be unpacked and their class data archives trained,
	 * because a build made them stale: done once after each build, it makes every start
	 * after it about twice as fast. A service with an instance still running keeps what
	 * it runs from.
	 */
	private Set<Component> staleImages(List<Instance> starting, StackPlan plan) {
		Set<Component> running = instances.stream()
			.filter(instance -> !starting.contains(instance))
			.map(Instance::component)
			.collect(Collectors.toSet());
		return starting.stream()
			.map(Instance::component)
			.filter(component -> !component.isInfrastructure() && !running.contains(component)
					&& !plan.image(component).hasArchive())
			.collect(Collectors.toSet());
	}

	/** A service whose training fails starts without an archive, only slower. */
	private void prepareImages(List<Component> services, Set<Component> stale, StackPlan plan, ChildJvm jvm) {
		List<Component> toPrepare = services.stream().filter(stale::contains).toList();
		if (!toPrepare.isEmpty()) {
			progress.accept("Preparing " + String.join(", ", toPrepare.stream().map(Component::processName).toList())
					+ " to start fast (once after each build) ...");
			inParallel(toPrepare, service -> prepareImage(service, plan, jvm));
		}
	}

	private void prepareImage(Component service, StackPlan plan, ChildJvm jvm) throws InterruptedException {
		long started = System.nanoTime();
		ServiceImage image = plan.image(service);
		ProcessSpec training = plan.training(service);
		emptyLog(training.logFile());
		if (!image.isCurrent()) {
			try {
				image.unpack(jvm, training.logFile());
			}
			catch (LocalStackException | UncheckedIOException cannot) {
				// it starts from its jar, as before there were images
				progress.accept(String.format("  %-21s could not be unpacked and starts slower: %s",
						service.processName(), cannot.getMessage()));
				return;
			}
		}
		ManagedProcess process = ManagedProcess.start(training);
		try {
			boolean ended = process.waitFor(training.startTimeout());
			if (ended && process.exitValue() == 0 && image.keepTrainedArchive()) {
				progress.accept(String.format("  %-21s prepared in %s", service.processName(),
						Display.seconds(System.nanoTime() - started)));
				return;
			}
			progress.accept(String.format("  %-21s could not be trained and starts slower; see %s",
					service.processName(), Display.path(training.logFile())));
		}
		finally {
			if (process.isAlive()) {
				ManagedProcess.stop(List.of(process.handle()), Duration.ZERO);
			}
		}
	}

	/**
	 * Fails as soon as one process fails; the caller then stops the ones that did start.
	 */
	private void startInParallel(List<Instance> group, StackPlan plan, ChildJvm jvm) {
		inParallel(group, instance -> startAndAwait(instance, plan, jvm));
	}

	private static <T> void inParallel(List<T> items, Task<T> task) {
		if (items.isEmpty()) {
			return;
		}
		ExecutorService executor = Executors.newFixedThreadPool(items.size(), runnable -> {
			Thread thread = new Thread(runnable, "local-stack-start");
			thread.setDaemon(true);
			return thread;
		});
		try {
			CompletionService<Void> completion = new ExecutorCompletionService<>(executor);
			for (T item : items) {
				completion.submit(() -> {
					task.run(item);
					return null;
				});
			}
			for (int i = 0; i < items.size(); i++) {
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

	private interface Task<T> {

		void run(T item) throws InterruptedException;

	}

	private interface Step {

		void run() throws InterruptedException;

	}

	private void startAndAwait(Instance instance, StackPlan plan, ChildJvm jvm) throws InterruptedException {
		long started = System.nanoTime();
		ProcessSpec spec = plan.spec(instance);
		emptyLog(spec.logFile());
		if (instance.component() == Component.KAFKA) {
			KafkaBroker broker = new KafkaBroker(varDirectory);
			broker.writeConfiguration(ports);
			broker.formatStorageIfNeeded(jvm, spec.logFile());
		}
		ManagedProcess process = launch(spec);
		Readiness.await(process);
		progress.accept(String.format("  %-21s up in %s (port %d, pid %d)", spec.name(),
				Display.seconds(System.nanoTime() - started), instance.port(), process.pid()));
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
			.filter(process -> instanceNamed(process.name()).component().isInfrastructure() == infrastructure)
			.toList();
		ManagedProcess.stop(group.stream().map(ManagedProcess::handle).toList(), grace);
		group.forEach(process -> run.deletePid(process.name()));
	}

	private Instance instanceNamed(String processName) {
		return instances.stream()
			.filter(instance -> instance.name().equals(processName))
			.findFirst()
			.orElseThrow(() -> new LocalStackException(
					"The stack has no " + processName + "; it has " + instances.stream().map(Instance::name).toList()));
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

		private Path imagesDirectory;

		private Ports ports = Ports.defaults();

		private List<Component> components = List.of(Component.values());

		private final Map<Component, Integer> scale = new EnumMap<>(Component.class);

		private boolean startingWhatIsMissing;

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
		 * How many instances of a service or the gateway to run; one by default.
		 * @param processName e.g. {@code article-service}
		 */
		public Builder scale(String processName, int count) {
			Component component = Component.named(processName);
			if (!component.isScalable()) {
				throw new LocalStackException(processName + " runs once; only the services and the gateway scale");
			}
			if (count < 1 || count > 9) {
				throw new LocalStackException("--scale " + processName + " takes 1 to 9 instances, not " + count);
			}
			scale.put(component, count);
			return this;
		}

		/**
		 * When a stack runs already, starts what of it is not running (with its ports)
		 * instead of refusing: for an operator bringing back a crashed process.
		 */
		public Builder startingWhatIsMissing() {
			this.startingWhatIsMissing = true;
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

		/**
		 * Where the services are unpacked and their class data archives kept, made once
		 * per build; {@code apps} of the var directory by default. Stacks that run one
		 * after another, each in a var directory of its own, may share it, so that only
		 * the first makes them (which took two of a test stack's three minutes).
		 */
		public Builder withImagesIn(Path directory) {
			this.imagesDirectory = Objects.requireNonNull(directory, "directory");
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

		/**
		 * Stops one process of the stack running in the var directory and starts it
		 * again; it then runs on its own, as the rest.
		 */
		public LocalStack restart(String processName) {
			LocalStack running = new LocalStack(this).adoptRunning();
			running.restart(processName);
			return running;
		}

	}

}
