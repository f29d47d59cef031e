package dev.newsroom.viewcounter.counting;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.newsroom.testsupport.Infrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Compare-and-set writes and expiring indexes, on the MongoDB-wire server. */
class VersionedDocumentsIntegrationTest {

	private final MongoClient client = MongoClients.create(Infrastructure.embedded().mongoUri("unused"));

	private final MongoTemplate mongo = new MongoTemplate(client, "versioned-" + UUID.randomUUID());

	@AfterEach
	void close() {
		client.close();
	}

	@Test
	void aDocumentWrittenWithoutAVersionByAnEarlierReleaseIsReadAndWrittenByCompareAndSetToo() {
		var documents = new VersionedDocuments(mongo, "counters");
		// an instance of the earlier release, still running during the upgrade
		mongo.insert(new Document("_id", "a1").append("total", 4L), "counters");

		Versioned<Document> read = documents.load(List.of("a1")).get("a1");
		documents.save(List.of(read.with(new Document(read.value()).append("total", 5L))));

		assertThat(read.version()).isEqualTo(VersionedDocuments.UNVERSIONED);
		Versioned<Document> stored = documents.load(List.of("a1")).get("a1");
		assertThat(stored.version()).isEqualTo(1);
		assertThat(stored.value().get("total", Number.class).longValue()).isEqualTo(5);
		assertThatThrownBy(() -> documents.save(List.of(read))).as("its first version was taken")
			.isInstanceOf(VersionedDocuments.ConcurrentUpdate.class);
	}

	@Test
	void aNewDocumentStoredByAnotherWriterFirstIsAConcurrentUpdateAndTheOthersAreStoredAllTheSame() {
		var documents = new VersionedDocuments(mongo, "counters");
		documents.save(List.of(Versioned.unstored(new Document("_id", "a1"))));

		assertThatThrownBy(() -> documents.save(
				List.of(Versioned.unstored(new Document("_id", "a1")), Versioned.unstored(new Document("_id", "a2")))))
			.isInstanceOf(VersionedDocuments.ConcurrentUpdate.class);
		assertThat(documents.load(List.of("a1", "a2"))).containsOnlyKeys("a1", "a2");
	}

	@Test
	void aBatchAsksForThousandsOfIdsAndFindsEveryStoredOne() {
		var documents = new VersionedDocuments(mongo, "histories");
		List<String> ids = IntStream.range(0, 1_201).mapToObj(i -> "h" + i).toList();
		List<String> stored = ids.stream().filter(id -> id.hashCode() % 3 == 0).toList();
		documents.save(stored.stream().map(id -> Versioned.unstored(new Document("_id", id))).toList());

		assertThat(documents.load(ids)).containsOnlyKeys(stored)
			.allSatisfy((id, document) -> assertThat(document.version()).isEqualTo(1));
	}

	@Test
	void anotherTimeInTheSettingsReplacesTheExpiringIndexInsteadOfFailingTheStart() {
		ExpiringIndex.ensure(mongo, "held", "heldAt", Duration.ofMinutes(10));

		ExpiringIndex.ensure(mongo, "held", "heldAt", Duration.ofMinutes(15));
		ExpiringIndex.ensure(mongo, "held", "heldAt", Duration.ofMinutes(15));

		List<IndexInfo> expiring = mongo.indexOps("held")
			.getIndexInfo()
			.stream()
			.filter(index -> index.getExpireAfter().isPresent())
			.toList();
		assertThat(expiring).singleElement()
			.satisfies(index -> assertThat(index.getExpireAfter()).contains(Duration.ofMinutes(15)));
	}

}
