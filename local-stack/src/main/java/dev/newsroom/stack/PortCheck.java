package dev.newsroom.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import dev.newsroom.stack.Ports.PortUse;

final class PortCheck {

	private PortCheck() {
	}

	/**
	 * Checked before anything starts: a process that cannot bind its port fails late,
	 * after its siblings started, with the reason buried in its log.
	 */
	static void requireFree(List<PortUse> uses) {
		for (PortUse use : uses) {
			if (!isFree(use.port())) {
				throw new LocalStackException("Port " + use.port() + " for " + use.owner()
						+ " is already in use; stop what listens there or choose another port with " + use.variable());
			}
		}
	}

	/**
	 * Binds the wildcard address: on Linux that fails for a listener on any local
	 * address, 127.0.0.1 included, which is what the stack's processes would run into.
	 */
	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** All sockets stay open until every port is chosen, so that no port comes twice. */
	static int[] freePorts(int count) {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			int[] ports = new int[count];
			for (int i = 0; i < count; i++) {
				ServerSocket socket = new ServerSocket();
				sockets.add(socket);
				socket.bind(new InetSocketAddress(0));
				ports[i] = socket.getLocalPort();
			}
			return ports;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free ports: " + ex.getMessage(), ex);
		}
		finally {
			for (ServerSocket socket : sockets) {
				try {
					socket.close();
				}
				catch (IOException ignored) {
					// the port was only borrowed
				}
			}
		}
	}

}
