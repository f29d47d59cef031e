package dev.newsroom.web.servlet;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

	@Test
	void theAddressIsTheOneTheGatewaySawNotWhatTheClientClaimed() {
		var request = new MockHttpServletRequest();
		request.setRemoteAddr("10.0.0.5");
		request.addHeader("X-Forwarded-For", "198.51.100.1, 203.0.113.7");

		assertThat(ClientAddress.of(request)).isEqualTo("203.0.113.7");
	}

	@Test
	void withoutAForwardedAddressItIsThePeers() {
		var request = new MockHttpServletRequest();
		request.setRemoteAddr("203.0.113.7");

		assertThat(ClientAddress.of(request)).isEqualTo("203.0.113.7");
	}

	@Test
	void anIpv6ClientIsKnownByItsNetworkHoweverItWritesItsAddress() {
		assertThat(ClientAddress.network("2001:db8:85a3:1:aaaa:bbbb:cccc:dddd"))
			.isEqualTo(ClientAddress.network("2001:0db8:85a3:0001::1"))
			.isEqualTo(ClientAddress.network("[2001:db8:85a3:1::ffff]"))
			.isEqualTo("20010db885a30001::/64");
		assertThat(ClientAddress.network("2001:db8:85a3:2::1"))
			.isNotEqualTo(ClientAddress.network("2001:db8:85a3:1::1"));
	}

	@Test
	void somethingThatIsNoAddressIsTakenAsItIsAndNeverLookedUp() {
		assertThat(ClientAddress.network("example.com")).isEqualTo("example.com");
		assertThat(ClientAddress.network("not:an:address:zz")).isEqualTo("not:an:address:zz");
	}

}
