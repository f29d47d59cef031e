package dev.newsroom.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PortsTest {

	@Test
	void aPortInUseGivesOneLineNamingTheProcessAndTheVariableToChangeIt() throws IOException {
		try (ServerSocket taken = new ServerSocket()) {
			taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			int port = taken.getLocalPort();
			Ports ports = Ports.fromEnvironment(Map.of("NEWSROOM_GATEWAY_PORT", String.valueOf(port)));

			assertThatExceptionOfType(LocalStackException.class)
				.isThrownBy(() -> PortCheck.requireFree(List.of(ports.uses().get(12))))
				.withMessage("Port " + port + " for gateway is already in use; stop what listens there or "
						+ "choose another port with NEWSROOM_GATEWAY_PORT");
		}
	}

	@Test
	void aClosedPortIsFree() {
		int port = PortCheck.freePorts(1)[0];

		assertThat(PortCheck.isFree(port)).isTrue();
	}

	@Test
	void freePortsDiffer() {
		Ports ports = Ports.free();

		assertThat(ports.uses()).hasSize(13).extracting(Ports.PortUse::port).doesNotHaveDuplicates();
	}

	@Test
	void theEnvironmentOverridesSingleDefaults() {
		Ports ports = Ports.fromEnvironment(Map.of("NEWSROOM_KAFKA_PORT", "19092", "NEWSROOM_GATEWAY_PORT", " 9080 "));

		assertThat(ports)
			.isEqualTo(new Ports(19092, 9093, 27017, 27018, 27019, 27021, 27020, 8081, 8082, 8083, 8085, 8084, 9080));
	}

	@Test
	void everyVariableIsDistinct() {
		assertThat(Ports.defaults().uses()).extracting(Ports.PortUse::variable)
			.doesNotHaveDuplicates()
			.allMatch(variable -> variable.matches("NEWSROOM_[A-Z_]+_PORT"));
	}

	@Test
	void rejectsAPortThatIsNoNumber() {
		assertThatExceptionOfType(LocalStackException.class)
			.isThrownBy(() -> Ports.fromEnvironment(Map.of("NEWSROOM_MEDIA_MONGO_PORT", "mongo")))
			.withMessage("NEWSROOM_MEDIA_MONGO_PORT must be a port number from 1 to 65535, not 'mongo'");
	}

	@Test
	void rejectsAPortGivenTwice() {
		assertThatExceptionOfType(LocalStackException.class)
			.isThrownBy(() -> Ports.fromEnvironment(Map.of("NEWSROOM_GATEWAY_PORT", "8081")))
			.withMessageContaining("8081 is given twice");
	}

	@Test
	void namesEveryPortOfTheRecord() {
		assertThat(Ports.defaults().uses()).extracting(Ports.PortUse::port)
			.containsExactly(9092, 9093, 27017, 27018, 27019, 27021, 27020, 8081, 8082, 8083, 8085, 8084, 8080);
	}

}
