package dev.newsroom.gateway.routing;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;

/**
 * Where each service's instances answer: a comma-separated list of URLs per service
 * ({@code NEWSROOM_ARTICLE_SERVICE_URL=http://127.0.0.1:8081,http://127.0.0.1:18081}). A
 * URL whose host is a name stands for every address the name has: in compose, the
 * service's name, which Docker's DNS answers with every replica of {@code --scale}. The
 * routes ({@code lb://article-service}) take turns among them; the list is looked up
 * again every 35 s (Spring Cloud LoadBalancer's cache).
 */
@ConfigurationProperties("newsroom")
record ServiceInstances(Map<String, List<URI>> services) implements ReactiveDiscoveryClient {

	@Override
	public Flux<ServiceInstance> getInstances(String serviceId) {
		return Flux.fromIterable(services.getOrDefault(serviceId, List.of()))
			.concatMap(url -> Flux.fromIterable(addressesOf(url.getHost()))
				.map(address -> (ServiceInstance) new DefaultServiceInstance(
						serviceId + "@" + address + ":" + url.getPort(), serviceId, address, url.getPort(),
						"https".equals(url.getScheme())))
				.subscribeOn(Schedulers.boundedElastic()));
	}

	/** A name's addresses, looked up off the event loop; an address stands for itself. */
	private static List<String> addressesOf(String host) {
		try {
			return Arrays.stream(InetAddress.getAllByName(host)).map(InetAddress::getHostAddress).distinct().toList();
		}
		catch (UnknownHostException notYet) {
			// a replica not started yet: the next lookup finds it
			return List.of();
		}
	}

	@Override
	public Flux<String> getServices() {
		return Flux.fromIterable(services.keySet());
	}

	@Override
	public String description() {
		return "Newsroom's configured service instances";
	}

}
