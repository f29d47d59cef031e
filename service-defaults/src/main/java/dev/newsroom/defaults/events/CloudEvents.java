package dev.newsroom.defaults.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import dev.newsroom.contracts.CloudEventHeaders;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads events in the CloudEvents binary mode: attributes in {@code ce_*}
 * headers, the event record as the JSON value. Readers ignore fields they do not know, so
 * producers may add fields without breaking anyone.
 */
public class CloudEvents {

	private final JsonMapper json;

	private final String source;

	public CloudEvents(JsonMapper json, String source) {
		this.json = json;
		this.source = source;
	}

	public String toJson(Object event) {
		return json.writeValueAsString(event);
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

	public static String type(ConsumerRecord<?, ?> record) {
		Header header = record.headers().lastHeader(CloudEventHeaders.TYPE);
		return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
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
