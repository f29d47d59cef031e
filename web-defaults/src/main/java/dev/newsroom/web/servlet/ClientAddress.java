package dev.newsroom.web.servlet;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from. The gateway, the only way in, appends the address of
 * its client to {@code X-Forwarded-For}: the last entry is the one it saw, the earlier
 * ones are whatever the client claimed and are ignored. An IPv6 client is known by its
 * /64 network: one subscriber holds a whole /64 and can take a new address from it for
 * every request.
 */
public final class ClientAddress {

	private static final Pattern IPV6_LITERAL = Pattern.compile("\\[?[0-9a-fA-F:.]+(%[\\w.-]+)?]?");

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		String forwarded = request.getHeader("X-Forwarded-For");
		String address = forwarded == null || forwarded.isBlank() ? request.getRemoteAddr()
				: forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
		return network(address);
	}

	public static String network(String address) {
		if (!address.contains(":") || !IPV6_LITERAL.matcher(address).matches()) {
			return address;
		}
		try {
			// a literal, so no name is looked up
			InetAddress parsed = InetAddress.getByName(address);
			if (parsed instanceof Inet6Address) {
				return HexFormat.of().formatHex(parsed.getAddress(), 0, 8) + "::/64";
			}
			return parsed.getHostAddress();
		}
		catch (UnknownHostException notAnAddress) {
			return address;
		}
	}

}
