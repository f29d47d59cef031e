package dev.newsroom.comment.comments;

import java.time.Instant;
import java.util.List;

import dev.newsroom.contracts.Event;
import dev.newsroom.contracts.comment.CommentApproved;
import dev.newsroom.contracts.comment.CommentModerated;
import dev.newsroom.contracts.comment.CommentWithdrawn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentTest {

	private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

	@Test
	void aNewCommentWaitsForAnEditorWithTheSpamRulesReasons() {
		Comment comment = aComment(List.of("3 links"));

		assertThat(comment.status()).isEqualTo(CommentStatus.PENDING);
		assertThat(comment.spamSignals()).containsExactly("3 links");
	}

	@Test
	void approvingMakesTheSnapshotPublicAndRecordsTheDecision() {
		Comment comment = aComment(List.of());

		List<Event> events = comment.approve("lan", NOW);

		assertThat(events).hasSize(2);
		var approved = (CommentApproved) events.get(0);
		assertThat(approved.commentId()).isEqualTo(comment.id());
		assertThat(approved.articleId()).isEqualTo("article-1");
		assertThat(approved.name()).isEqualTo("Nguyễn An");
		assertThat(approved.content()).isEqualTo("Bài hay");
		assertThat(approved.revision()).isEqualTo(1);
		var decision = (CommentModerated) events.get(1);
		assertThat(decision.decision()).isEqualTo("APPROVED");
		assertThat(decision.moderator()).isEqualTo("lan");
		assertThat(comment.status()).isEqualTo(CommentStatus.APPROVED);
	}

	@Test
	void everyDecisionAndCorrectionIsANewVersionAndAChangeBasedOnAnOlderOneIsRefused() {
		Comment comment = aComment(List.of());
		assertThat(comment.changes()).isZero();

		comment.edit("Bài viết hay", "lan", NOW);
		comment.approve("lan", NOW);
		comment.reject("minh", NOW.plusSeconds(60));

		assertThat(comment.changes()).isEqualTo(3);
		comment.requireUnchangedSince(3);
		assertThatThrownBy(() -> comment.requireUnchangedSince(1)).isInstanceOf(CommentChangedException.class)
			.hasMessageContaining("\"3\"");
	}

	@Test
	void refusingAPendingCommentIsOnlyADecisionButRefusingAnApprovedOneWithdrawsIt() {
		Comment pending = aComment(List.of());
		assertThat(pending.reject("lan", NOW)).singleElement().isInstanceOf(CommentModerated.class);

		Comment approved = aComment(List.of());
		approved.approve("lan", NOW);
		List<Event> events = approved.markSpam("minh", NOW.plusSeconds(60));

		assertThat(events).hasSize(2);
		assertThat(((CommentWithdrawn) events.get(0)).revision()).as("after the approval's").isEqualTo(2);
		assertThat(((CommentModerated) events.get(1)).decision()).isEqualTo("SPAM");
		assertThat(approved.status()).isEqualTo(CommentStatus.SPAM);
	}

	@Test
	void theSameDecisionTwiceIsAConflictNamingTheStatus() {
		Comment comment = aComment(List.of());
		comment.reject("lan", NOW);

		assertThatThrownBy(() -> comment.reject("lan", NOW)).isInstanceOf(CommentStateException.class)
			.hasMessageContaining("REJECTED");
	}

	@Test
	void editsKeepEveryEarlierTextAndStopOnceItIsPublic() {
		Comment comment = aComment(List.of());

		comment.edit("Bài rất hay", "lan", NOW);
		comment.edit("Bài viết rất hay", "minh", NOW.plusSeconds(1));

		assertThat(comment.content()).isEqualTo("Bài viết rất hay");
		assertThat(comment.revisions()).extracting(Comment.Revision::content).containsExactly("Bài hay", "Bài rất hay");
		comment.approve("lan", NOW);
		assertThatThrownBy(() -> comment.edit("Khác", "lan", NOW)).isInstanceOf(CommentStateException.class);
	}

	@Test
	void erasingForgetsTheAuthorAndWithdrawsOnlyWhatWasPublic() {
		Comment pending = aComment(List.of());
		assertThat(pending.erase(NOW)).isEmpty();
		assertThat(pending.name()).isNull();
		assertThat(pending.email()).isNull();
		assertThat(pending.content()).isNull();

		Comment approved = aComment(List.of());
		approved.edit("Bài hay lắm", "lan", NOW);
		approved.approve("lan", NOW);
		assertThat(approved.erase(NOW)).hasValueSatisfying(withdrawn -> assertThat(withdrawn.revision()).isEqualTo(2));
		assertThat(approved.revisions()).isEmpty();
		assertThat(approved.isDeleted()).isTrue();
	}

	private static Comment aComment(List<String> signals) {
		return Comment.post("article-1", "Nguyễn An", "an@example.vn", "Bài hay", signals, NOW);
	}

}
