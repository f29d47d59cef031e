package dev.newsroom.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CredentialsTest {

	@TempDir
	Path directory;

	@Test
	void generatesAUrlSafePasswordForEveryUser() {
		Credentials credentials = Credentials.ensure(file(), Map.of());

		assertThat(credentials.passwords()).containsOnlyKeys("editor", "publisher", "admin");
		assertThat(credentials.passwords().values())
			.allSatisfy(password -> assertThat(password).matches("[A-Za-z0-9_-]{20}"))
			.doesNotHaveDuplicates();
	}

	@Test
	void keepsGeneratedPasswordsInAFileOnlyTheOwnerCanRead() throws Exception {
		Credentials credentials = Credentials.ensure(file(), Map.of());

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
		assertThat(Files.readString(file())).contains("editor=" + credentials.password("editor"));
	}

	@Test
	void reusesThePasswordsOfTheFirstStart() {
		Credentials first = Credentials.ensure(file(), Map.of());

		Credentials again = Credentials.ensure(file(), Map.of());

		assertThat(again).isEqualTo(first);
	}

	@Test
	void aPasswordFromTheEnvironmentWinsAndIsNotWrittenDown() throws Exception {
		Credentials generated = Credentials.ensure(file(), Map.of());

		Credentials credentials = Credentials.ensure(file(), Map.of("NEWSROOM_EDITOR_PASSWORD", "from-the-vault"));

		assertThat(credentials.password("editor")).isEqualTo("from-the-vault");
		assertThat(credentials.password("admin")).isEqualTo(generated.password("admin"));
		assertThat(Files.readString(file())).doesNotContain("from-the-vault");
	}

	@Test
	void generatesNoFileWhenTheEnvironmentSetsEverySecret() {
		Credentials.ensure(file(), Map.of("NEWSROOM_EDITOR_PASSWORD", "e", "NEWSROOM_PUBLISHER_PASSWORD", "p",
				"NEWSROOM_ADMIN_PASSWORD", "a", "NEWSROOM_VIEWS_VISITOR_KEY", "k", "NEWSROOM_COMMENTS_KEY", "c"));

		assertThat(file()).doesNotExist();
	}

	@Test
	void generatesAVisitorKeyOnceAndKeepsItWithThePasswords() throws Exception {
		Credentials first = Credentials.ensure(file(), Map.of());

		assertThat(first.visitorKey()).matches("[A-Za-z0-9_-]{43}").isNotIn(first.passwords().values());
		assertThat(Files.readString(file())).contains("views.visitor-key=" + first.visitorKey());
		assertThat(Credentials.ensure(file(), Map.of()).visitorKey()).isEqualTo(first.visitorKey());
	}

	@Test
	void generatesACommentsKeyOnceApartFromTheVisitorKey() throws Exception {
		Credentials first = Credentials.ensure(file(), Map.of());

		assertThat(first.commentsKey()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(first.visitorKey());
		assertThat(Files.readString(file())).contains("comments.key=" + first.commentsKey());
		assertThat(Credentials.ensure(file(), Map.of()).commentsKey()).isEqualTo(first.commentsKey());
	}

	@Test
	void aVisitorKeyFromTheEnvironmentWinsAndIsNotWrittenDown() throws Exception {
		Credentials generated = Credentials.ensure(file(), Map.of());

		Credentials credentials = Credentials.ensure(file(), Map.of("NEWSROOM_VIEWS_VISITOR_KEY", "from-the-vault"));

		assertThat(credentials.visitorKey()).isEqualTo("from-the-vault");
		assertThat(Files.readString(file())).doesNotContain("from-the-vault")
			.contains("views.visitor-key=" + generated.visitorKey());
	}

	@Test
	void aFileOfPasswordsOnlyGetsAVisitorKeyAndKeepsThePasswords() throws Exception {
		Files.writeString(file(), "editor=e-kept\npublisher=p-kept\nadmin=a-kept\n");

		Credentials credentials = Credentials.ensure(file(), Map.of());

		assertThat(credentials.passwords())
			.isEqualTo(Map.of("editor", "e-kept", "publisher", "p-kept", "admin", "a-kept"));
		assertThat(credentials.visitorKey()).isNotBlank();
		assertThat(Files.readString(file())).contains("editor=e-kept", "views.visitor-key=" + credentials.visitorKey());
	}

	@Test
	void namesTheUsersWhenAskedForAnUnknownOne() {
		Credentials credentials = Credentials.ensure(file(), Map.of());

		assertThatIllegalArgumentException().isThrownBy(() -> credentials.password("intern"))
			.withMessageContaining("editor");
	}

	private Path file() {
		return directory.resolve("credentials.properties");
	}

}
