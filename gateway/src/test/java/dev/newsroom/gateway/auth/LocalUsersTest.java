package dev.newsroom.gateway.auth;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalUsersTest {

	final LocalUsers users = new LocalUsers(Map.of("editor", new UsersProperties.Account("mật-khẩu", List.of("EDITOR")),
			"publisher", new UsersProperties.Account("p", List.of("EDITOR", "PUBLISHER")), "admin",
			new UsersProperties.Account("", List.of("EDITOR", "PUBLISHER", "ADMIN")), "nobody",
			new UsersProperties.Account(null, List.of("EDITOR"))));

	@Test
	void theRightPasswordGivesTheUserWithTheirRoles() {
		assertThat(users.authenticate("editor", "mật-khẩu")).contains(new LocalUsers.User("editor", List.of("EDITOR")));
		assertThat(users.authenticate("publisher", "p"))
			.contains(new LocalUsers.User("publisher", List.of("EDITOR", "PUBLISHER")));
	}

	@Test
	void aWrongPasswordGivesNobody() {
		assertThat(users.authenticate("editor", "mat-khau")).isEmpty();
		assertThat(users.authenticate("editor", "mật-khẩu ")).isEmpty();
		assertThat(users.authenticate("editor", "p")).as("another user's password").isEmpty();
	}

	@Test
	void anUnknownUserGivesNobody() {
		assertThat(users.authenticate("Editor", "mật-khẩu")).isEmpty();
		assertThat(users.authenticate("ghost", "mật-khẩu")).isEmpty();
	}

	@Test
	void aUserWithoutAPasswordCannotLogIn() {
		assertThat(users.authenticate("admin", "")).isEmpty();
		assertThat(users.authenticate("nobody", "")).isEmpty();
		assertThat(users.authenticate("nobody", "null")).isEmpty();
	}

	@Test
	void noUsersAtAllIsNoError() {
		assertThat(new LocalUsers(null).authenticate("editor", "x")).isEmpty();
	}

}
