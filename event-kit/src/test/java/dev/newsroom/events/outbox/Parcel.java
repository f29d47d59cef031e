package dev.newsroom.events.outbox;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/** An aggregate as the services write them: versioned, with its outbox inside. */
@Document("parcels")
class Parcel {

	@Id
	String id = UUID.randomUUID().toString();

	@Version
	Long version;

	String label;

	@Unwrapped.Empty
	Outbox outbox = new Outbox();

	Parcel(String label) {
		this.label = label;
	}

}
