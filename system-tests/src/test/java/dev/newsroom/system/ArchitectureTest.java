package dev.newsroom.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services share nothing but the event contracts and two technical kits (events, web
 * defaults): no service's code may use another service's code, and the shared modules
 * depend on no service. Reads the compiled classes of every module.
 */
class ArchitectureTest {

	private static final Map<String, String> SERVICES = Map.of("article-service", "dev.newsroom.article..",
			"media-service", "dev.newsroom.media..", "view-counter-service", "dev.newsroom.viewcounter..",
			"comment-service", "dev.newsroom.comment..", "site", "dev.newsroom.site..", "gateway",
			"dev.newsroom.gateway..");

	private static JavaClasses all;

	@BeforeAll
	static void importEveryModule() {
		var importer = new ClassFileImporter();
		List<Path> classes = List
			.of("event-contracts", "event-kit", "web-defaults", "article-service", "media-service",
					"view-counter-service", "comment-service", "site", "gateway")
			.stream()
			.map(module -> TestStacks.ROOT.resolve(module).resolve("target/classes"))
			.toList();
		assertThat(classes).allMatch(Files::isDirectory, "every module is compiled");
		all = importer.importPaths(classes);
	}

	@Test
	void noServiceUsesAnotherServicesCode() {
		SERVICES.forEach((service, packages) -> {
			String[] others = SERVICES.values()
				.stream()
				.filter(other -> !other.equals(packages))
				.toArray(String[]::new);
			assertThat(all.that(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(packages)))
				.as("classes of " + service)
				.isNotEmpty();
			noClasses().that()
				.resideInAPackage(packages)
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(others)
				.because(service + " talks to other services only through events")
				.check(all);
		});
	}

	@Test
	void theServicesReachKafkaOnlyThroughTheirWiringAndTheEventKit() {
		noClasses().that()
			.resideInAnyPackage("dev.newsroom.article..", "dev.newsroom.media..", "dev.newsroom.viewcounter..",
					"dev.newsroom.comment..", "dev.newsroom.site..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.kafka.core.KafkaTemplate")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.kafka.annotation.KafkaListener")
			.orShould()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.kafka.clients.consumer..", "org.apache.kafka.clients.producer..")
			.because("every topic, subscription and event a service has is declared in its wiring class")
			.check(all);
	}

	@Test
	void theSharedModulesDependOnNoService() {
		noClasses().that()
			.resideInAnyPackage("dev.newsroom.contracts..", "dev.newsroom.events..", "dev.newsroom.web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(SERVICES.values().toArray(String[]::new))
			.check(all);
	}

	@Test
	void theContractsAreImmutableRecordsAndConstants() {
		noClasses().that()
			.resideInAPackage("dev.newsroom.contracts..")
			.should()
			.dependOnClassesThat()
			.resideOutsideOfPackages("dev.newsroom.contracts..", "java..")
			.because("the contracts module is the only code the services share and must stay free of frameworks")
			.check(all);
	}

}
