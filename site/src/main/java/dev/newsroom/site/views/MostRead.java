package dev.newsroom.site.views;

import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.views.MostReadChanged;
import dev.newsroom.contracts.views.MostReadChanged.Item;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The most-read lists from {@code most-read.v1}, each the latest one made. One instance
 * of the view counter makes them at a time, so their times follow one clock.
 */
@Component
public class MostRead {

	private static final String COLLECTION = "most_read";

	private final MongoTemplate mongo;

	MostRead(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public void changed(MostReadChanged list) {
		try {
			mongo.findAndModify(
					Query.query(Criteria.where("_id")
						.is(MostReadChanged.keyOf(list.window(), list.section()))
						.and("madeAt")
						.lt(list.occurredAt())),
					new Update().set("madeAt", list.occurredAt()).set("items", list.items()),
					FindAndModifyOptions.options().upsert(true), MostReadList.class, COLLECTION);
		}
		catch (DuplicateKeyException newerKept) {
			// a newer list is stored
		}
	}

	/**
	 * @param window {@code day}, {@code week}, {@code month} or {@code all}
	 * @param section a section's name, or empty for all
	 */
	public List<Item> of(String window, String section) {
		MostReadList list = mongo.findById(MostReadChanged.keyOf(window, section), MostReadList.class, COLLECTION);
		return list == null || list.items() == null ? List.of() : list.items();
	}

	record MostReadList(String id, Instant madeAt, List<Item> items) {
	}

}
