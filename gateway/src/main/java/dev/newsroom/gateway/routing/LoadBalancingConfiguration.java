package dev.newsroom.gateway.routing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.cloud.loadbalancer.core.ReactorServiceInstanceLoadBalancer;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.context.annotation.Bean;

/**
 * The load balancer of every service. {@link PerService} is no configuration of the
 * application itself: Spring Cloud LoadBalancer builds one small context per service from
 * it.
 */
@LoadBalancerClients(defaultConfiguration = LoadBalancingConfiguration.PerService.class)
class LoadBalancingConfiguration {

	static class PerService {

		@Bean
		ReactorServiceInstanceLoadBalancer takeTurnsElsewhereOnRetry(
				ObjectProvider<ServiceInstanceListSupplier> instances) {
			return new TakeTurnsElsewhereOnRetry(instances);
		}

	}

}
