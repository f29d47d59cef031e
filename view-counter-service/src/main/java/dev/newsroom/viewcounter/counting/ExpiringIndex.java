package dev.newsroom.viewcounter.counting;

import java.time.Duration;
import java.util.List;

import com.mongodb.MongoCommandException;

import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;

/**
 * The one index by which MongoDB drops a collection's documents some time after a field's
 * instant. MongoDB refuses an index of the same fields with other options, so an expiring
 * index made for another time, or on another field, is dropped first: changing the time
 * in the settings does not stop the service from starting.
 */
final class ExpiringIndex {

	private static final String NAME = "expiry";

	/** MongoDB's code for an index that is not there (another instance dropped it). */
	private static final int INDEX_NOT_FOUND = 27;

	private ExpiringIndex() {
	}

	static void ensure(MongoTemplate mongo, String collection, String field, Duration expireAfter) {
		IndexOperations indexes = mongo.indexOps(collection);
		for (IndexInfo index : indexes.getIndexInfo()) {
			boolean expiring = index.getExpireAfter().isPresent();
			boolean current = index.getName().equals(NAME) && index.isIndexForFields(List.of(field))
					&& index.getExpireAfter().map(after -> after.toSeconds() == expireAfter.toSeconds()).orElse(false);
			if (expiring && !current) {
				drop(indexes, index.getName());
			}
		}
		indexes.createIndex(new Index().on(field, Sort.Direction.ASC).named(NAME).expire(expireAfter));
	}

	/** Another instance starting at the same time may have dropped it already. */
	private static void drop(IndexOperations indexes, String name) {
		try {
			indexes.dropIndex(name);
		}
		catch (DataAccessException ex) {
			if (!(ex.getMostSpecificCause() instanceof MongoCommandException command)
					|| command.getErrorCode() != INDEX_NOT_FOUND) {
				throw ex;
			}
		}
	}

}
