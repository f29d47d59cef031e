package dev.newsroom.events.outbox;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs every relay of the service on one thread, each {@code poll-interval} after the
 * last round ended. On shutdown the round under way ends first, so that its acknowledged
 * events are removed, and then the leases are released, so that another instance takes
 * over at once.
 */
public final class OutboxRelays implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelays.class);

	private final List<OutboxRelay> relays;

	private final OutboxSettings settings;

	private ScheduledExecutorService scheduler;

	public OutboxRelays(List<OutboxRelay> relays, OutboxSettings settings) {
		this.relays = List.copyOf(relays);
		this.settings = settings;
	}

	public List<OutboxRelay> relays() {
		return relays;
	}

	@Override
	public synchronized void start() {
		if (relays.isEmpty() || scheduler != null) {
			return;
		}
		scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "outbox-relay"));
		long interval = settings.pollInterval().toMillis();
		scheduler.scheduleWithFixedDelay(this::relayAll, interval, interval, TimeUnit.MILLISECONDS);
	}

	private void relayAll() {
		for (OutboxRelay relay : relays) {
			try {
				relay.relayDue();
			}
			catch (VirtualMachineError fatal) {
				throw fatal;
			}
			catch (Throwable ex) {
				// MongoDB away, most likely: the events are safe in their documents, and
				// anything thrown here would end the schedule for good
				log.warn("The outbox of {} could not be relayed this time: {}", relay.collection(), ex.toString());
			}
		}
	}

	@Override
	public synchronized void stop() {
		if (scheduler == null) {
			return;
		}
		scheduler.shutdown();
		try {
			if (scheduler.awaitTermination(settings.lease().toMillis(), TimeUnit.MILLISECONDS)) {
				relays.forEach(OutboxRelays::release);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		scheduler = null;
	}

	private static void release(OutboxRelay relay) {
		try {
			relay.release();
		}
		catch (RuntimeException ex) {
			// the lease runs out by itself
			log.debug("The lease of {} could not be released: {}", relay.collection(), ex.toString());
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}

}
