package dev.newsroom.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.newsroom.contracts.CloudEventHeaders;
import dev.newsroom.contracts.Event;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads events in the CloudEvents binary mode: attributes in {@code ce_*}
 * headers, the event record as the JSON value. Readers ignore fields they do not know, so
 * producers may add fields without breaking anyone. A tombstone (a key without a value)
 * is not an event and carries no attributes.
 */
public class CloudEvents {

	private final JsonMapper json;

	private final String source;

	public CloudEvents(JsonMapper json, String service) {
		this.json = json;
		this.source = "urn:newsroom:" + service;
	}

	public String toJson(Event event) {
		return json.writeValueAsString(event);
	}

	public ProducerRecord<String, String> record(String topic, String key, String type, Event event) {
		return record(topic, key, type, event.eventId(), event.occurredAt(), toJson(event));
	}

	public ProducerRecord<String, String> record(String topic, String key, String type, String id, Instant time,
			String payload) {
		var record = new ProducerRecord<String, String>(topic, key, payload);
		header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
		header(record, CloudEventHeaders.ID, id);
		header(record, CloudEventHeaders.SOURCE, source);
		header(record, CloudEventHeaders.TYPE, type);
		header(record, CloudEventHeaders.TIME, time.toString());
		header(record, CloudEventHeaders.SUBJECT, key);
		header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
		return record;
	}

	public static ProducerRecord<String, String> tombstone(String topic, String key) {
		return new ProducerRecord<>(topic, key, null);
	}

	/** The event's type; a record with a value and no type is not an event of ours. */
	public static String type(ConsumerRecord<?, ?> record) {
		Header header = record.headers().lastHeader(CloudEventHeaders.TYPE);
		if (header == null) {
			throw new UnreadableEventException("The record at " + record.topic() + "-" + record.partition() + "@"
					+ record.offset() + " has no " + CloudEventHeaders.TYPE + " header");
		}
		return new String(header.value(), StandardCharsets.UTF_8);
	}

	public <T> T read(ConsumerRecord<String, String> record, Class<T> type) {
		return json.readerFor(type)
			.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.readValue(record.value());
	}

	private static void header(ProducerRecord<String, String> record, String name, String value) {
		record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
