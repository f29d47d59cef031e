package dev.newsroom.comment.moderation;

import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The words and phrases editors have seen in spam. A comment holding one is marked for
 * the moderators as likely spam; it is never dropped for it.
 */
@Component
public class Blocklist {

	private static final String COLLECTION = "settings";

	private static final String ID = "blocklist";

	private final MongoTemplate mongo;

	Blocklist(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public List<String> words() {
		Document stored = mongo.findById(ID, Document.class, COLLECTION);
		return stored == null ? List.of() : stored.getList("words", String.class);
	}

	void replace(List<String> words) {
		mongo.upsert(Query.query(Criteria.where("_id").is(ID)), new Update().set("words", words), COLLECTION);
	}

}
