package dev.newsroom.viewcounter.ingest;

import java.util.List;
import java.util.Properties;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** The service's own settings, for tests of one class that is configured by them. */
final class ServiceSettings {

	private ServiceSettings() {
	}

	static List<String> list(String name) {
		var yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		Properties properties = yaml.getObject();
		return List.of(properties.getProperty(name).split(","));
	}

}
