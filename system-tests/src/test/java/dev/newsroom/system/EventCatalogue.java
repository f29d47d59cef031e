package dev.newsroom.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.EventType;
import tools.jackson.databind.JsonNode;

/**
 * The event catalogue in two forms, to compare them: as the README's tables say it, and
 * as the running services declare it under {@code events} in {@code /actuator/info}.
 */
final class EventCatalogue {

	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	private EventCatalogue() {
	}

	/** One topic: who writes it, who reads it, what travels on it. */
	record Topic(String name, String kind, String key, String producer, Set<String> consumers, Set<String> types) {
	}

	/** The topics table of the README's "Events" section, row by row. */
	static List<Topic> fromReadme(Path readme) {
		List<Topic> topics = new ArrayList<>();
		for (List<String> cells : table(readme, "| topic | kind | key | producer | consumers |")) {
			topics.add(new Topic(code(cells.get(0)).get(0), cells.get(1).toLowerCase(), cells.get(2),
					cells.get(3).split("\\s+")[0], new TreeSet<>(code(cells.get(4))), new TreeSet<>(
							code(cells.get(5)).stream().filter(type -> type.startsWith("dev.newsroom.")).toList())));
		}
		return topics;
	}

	/** The payload table: each type's fields, in order. */
	static Map<String, List<String>> payloadsFromReadme(Path readme) {
		Map<String, List<String>> payloads = new LinkedHashMap<>();
		for (List<String> cells : table(readme, "| `ce_type` | payload |")) {
			payloads.put(code(cells.get(0)).get(0),
					List.of(code(cells.get(1)).get(0).split(",\\s*")).stream().map(String::strip).toList());
		}
		return payloads;
	}

	/**
	 * What the services' {@code /actuator/info} says, as topics: each produced topic with
	 * its producer and every group of any service that consumes it.
	 */
	static List<Topic> fromServices(List<JsonNode> infos) {
		Map<String, Set<String>> consumers = new LinkedHashMap<>();
		for (JsonNode info : infos) {
			for (JsonNode consumed : info.at("/events/consumes")) {
				consumers.computeIfAbsent(consumed.get("topic").asString(), topic -> new TreeSet<>())
					.add(consumed.get("group").asString());
			}
		}
		List<Topic> topics = new ArrayList<>();
		for (JsonNode info : infos) {
			String service = info.at("/events/service").asString();
			for (JsonNode produced : info.at("/events/produces")) {
				String name = produced.get("topic").asString();
				topics.add(new Topic(name, produced.get("kind").asString().toLowerCase(),
						produced.get("key").asString(), service, consumers.getOrDefault(name, new TreeSet<>()),
						new TreeSet<>(strings(produced.get("types")))));
			}
		}
		return topics;
	}

	/** Each event record of the contracts module: its type's name and its fields. */
	static Map<String, List<String>> payloadsFromContracts() {
		Map<String, List<String>> payloads = new LinkedHashMap<>();
		for (JavaClass contract : new ClassFileImporter().importPackages("dev.newsroom.contracts")) {
			if (contract.isAssignableTo(Event.class) && contract.reflect().isRecord()) {
				Class<?> record = contract.reflect();
				payloads.put(typeOf(record).name(),
						Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList());
			}
		}
		return payloads;
	}

	private static EventType<?> typeOf(Class<?> record) {
		try {
			return (EventType<?>) record.getField("TYPE").get(null);
		}
		catch (ReflectiveOperationException ex) {
			throw new AssertionError(record.getSimpleName() + " has no public EventType TYPE", ex);
		}
	}

	/** The types each consumer group handles, by topic and group. */
	static Map<String, Set<String>> consumedTypes(List<JsonNode> infos) {
		Map<String, Set<String>> types = new LinkedHashMap<>();
		for (JsonNode info : infos) {
			for (JsonNode consumed : info.at("/events/consumes")) {
				types.put(consumed.get("topic").asString() + " " + consumed.get("group").asString(),
						new TreeSet<>(strings(consumed.get("types"))));
			}
		}
		return types;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

	private static List<String> code(String cell) {
		Matcher matcher = CODE.matcher(cell);
		List<String> spans = new ArrayList<>();
		while (matcher.find()) {
			spans.add(matcher.group(1));
		}
		return spans;
	}

	/** The body rows of the table whose header line starts so, as trimmed cells. */
	private static List<List<String>> table(Path readme, String header) {
		List<String> lines = readLines(readme);
		int start = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(header)) {
				start = i;
			}
		}
		if (start < 0) {
			throw new AssertionError("The README has no table headed " + header);
		}
		List<List<String>> rows = new ArrayList<>();
		for (int i = start + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
			String line = lines.get(i);
			rows.add(List.of(line.substring(1, line.length() - 1).split("\\|"))
				.stream()
				.map(String::strip)
				.collect(Collectors.toList()));
		}
		return rows;
	}

	private static List<String> readLines(Path readme) {
		try {
			return Files.readAllLines(readme);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
