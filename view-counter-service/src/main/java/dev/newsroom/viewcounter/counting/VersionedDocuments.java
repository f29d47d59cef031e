package dev.newsroom.viewcounter.counting;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteResult;
import org.bson.Document;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A collection written a batch at a time, each document by a compare-and-set on its
 * version: read many in few queries, write many in one round trip, and a document that
 * another writer changed since it was read is not overwritten. Then the whole batch is
 * done again from what is stored; every write of a batch must therefore be one that doing
 * the batch again repeats.
 */
final class VersionedDocuments {

	private static final String ID = "_id";

	private static final String VERSION = "version";

	/**
	 * The version of a document written without one, by an instance of an earlier release
	 * running beside this one during an upgrade.
	 */
	static final long UNVERSIONED = -1;

	/**
	 * Ids asked for in one query. A batch asks for thousands; some servers of the wire
	 * protocol check each document they find against every id asked for, which grows with
	 * the square of the ids of one query.
	 */
	private static final int IDS_PER_QUERY = 500;

	private final MongoTemplate mongo;

	private final String collection;

	VersionedDocuments(MongoTemplate mongo, String collection) {
		this.mongo = mongo;
		this.collection = collection;
		// MongoDB finds a document by id and version through the id's index alone; some
		// servers of the wire protocol use an index only for a query of exactly its
		// fields
		mongo.indexOps(collection)
			.createIndex(
					new Index().on(ID, Sort.Direction.ASC).on(VERSION, Sort.Direction.ASC).unique().named(VERSION));
	}

	/** The stored documents of these ids, by id, each with its version. */
	Map<String, Versioned<Document>> load(Collection<String> ids) {
		Map<String, Versioned<Document>> found = new HashMap<>();
		List<String> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
			List<String> some = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
			for (Document document : mongo.find(Query.query(Criteria.where(ID).in(some)), Document.class, collection)) {
				Number stored = document.get(VERSION, Number.class);
				long version = stored == null ? UNVERSIONED : stored.longValue();
				found.put(document.getString(ID), new Versioned<>(document, version));
			}
		}
		return found;
	}

	/**
	 * Stores each document (with its {@code _id}) if its version is still the one it was
	 * read at; the others are stored all the same.
	 * @throws ConcurrentUpdate if any had changed meanwhile
	 */
	void save(Collection<Versioned<Document>> documents) {
		if (documents.isEmpty()) {
			return;
		}
		BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
		int replaced = 0;
		for (Versioned<Document> versioned : documents) {
			Document next = new Document(versioned.value()).append(VERSION, Math.max(1, versioned.version() + 1));
			if (versioned.version() == 0) {
				bulk.insert(next);
			}
			else if (versioned.version() == UNVERSIONED) {
				bulk.replaceOne(Query.query(Criteria.where(ID).is(next.get(ID)).and(VERSION).exists(false)), next);
				replaced++;
			}
			else {
				bulk.replaceOne(Query.query(Criteria.where(ID).is(next.get(ID)).and(VERSION).is(versioned.version())),
						next);
				replaced++;
			}
		}
		try {
			BulkWriteResult result = bulk.execute();
			if (result.getMatchedCount() < replaced) {
				throw new ConcurrentUpdate(collection);
			}
		}
		catch (BulkOperationException failed) {
			boolean onlyCollisions = failed.getErrors()
				.stream()
				.allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
			if (!onlyCollisions) {
				throw failed;
			}
			// another writer stored a new document first
			throw new ConcurrentUpdate(collection);
		}
	}

	/**
	 * Another writer changed some of the documents since they were read. Doing the work
	 * again from what is stored now succeeds, so a subscription retries it for as long as
	 * it takes rather than giving the record up.
	 */
	static final class ConcurrentUpdate extends OptimisticLockingFailureException {

		ConcurrentUpdate(String collection) {
			super("Documents of " + collection + " changed since they were read");
		}

	}

}
