package dev.newsroom.contracts;

/**
 * CloudEvents attributes travel as Kafka headers (the binary content mode of the
 * CloudEvents Kafka binding); the record value is the event record as JSON. Consumers
 * choose the handler by {@link #TYPE} and never by Java type headers.
 */
public final class CloudEventHeaders {

	public static final String SPEC_VERSION = "ce_specversion";

	public static final String ID = "ce_id";

	public static final String SOURCE = "ce_source";

	public static final String TYPE = "ce_type";

	public static final String TIME = "ce_time";

	public static final String SUBJECT = "ce_subject";

	public static final String CONTENT_TYPE = "content-type";

	public static final String SPEC_VERSION_VALUE = "1.0";

	public static final String JSON = "application/json";

	private CloudEventHeaders() {
	}

}
