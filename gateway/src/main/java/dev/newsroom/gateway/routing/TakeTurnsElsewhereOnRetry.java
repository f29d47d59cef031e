package dev.newsroom.gateway.routing;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.DefaultResponse;
import org.springframework.cloud.client.loadbalancer.EmptyResponse;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.RequestDataContext;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.loadbalancer.core.ReactorServiceInstanceLoadBalancer;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;

/**
 * Round robin among a service's instances, except that a retried read never goes back to
 * the instance it was just refused by: with many readers at once, plain round robin could
 * hand the retry to the same dead instance again.
 */
final class TakeTurnsElsewhereOnRetry implements ReactorServiceInstanceLoadBalancer {

	private final ObjectProvider<ServiceInstanceListSupplier> instances;

	private final AtomicInteger position = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));

	TakeTurnsElsewhereOnRetry(ObjectProvider<ServiceInstanceListSupplier> instances) {
		this.instances = instances;
	}

	@Override
	public Mono<Response<ServiceInstance>> choose(Request request) {
		ServiceInstanceListSupplier supplier = instances.getIfAvailable();
		if (supplier == null) {
			return Mono.just(new EmptyResponse());
		}
		ServiceInstance tried = triedBefore(request);
		return supplier.get(request).next().map(all -> next(all, tried));
	}

	private Response<ServiceInstance> next(List<ServiceInstance> all, ServiceInstance tried) {
		List<ServiceInstance> candidates = tried == null || all.size() < 2 ? all
				: all.stream().filter(instance -> !instance.getInstanceId().equals(tried.getInstanceId())).toList();
		if (candidates.isEmpty()) {
			return new EmptyResponse();
		}
		int turn = position.getAndIncrement() & Integer.MAX_VALUE;
		return new DefaultResponse(candidates.get(turn % candidates.size()));
	}

	/** The instance this exchange went to before, if this is its retry. */
	private static ServiceInstance triedBefore(Request<?> request) {
		if (request.getContext() instanceof RequestDataContext context && context.getClientRequest() != null
				&& context.getClientRequest()
					.getAttributes()
					.get(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR) instanceof Response<?> before
				&& before.getServer() instanceof ServiceInstance instance) {
			return instance;
		}
		return null;
	}

}
