package org.marsad.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {

  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

  @Test
  void aKeyIsStoredAsItsHashOnlyWorksUntilRevokedAndSurvivesARestart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("api-keys.json");
    ApiKeys keys = new ApiKeys(file, json, Clock.systemUTC());
    ApiKeys.Created created = keys.create("nightly export", Role.CURATOR);

    assertThat(created.key()).startsWith("mk_" + created.apiKey().id() + "_").hasSizeGreaterThan(50);
    assertThat(keys.authenticate(created.key())).map(ApiKey::role).contains(Role.CURATOR);
    assertThat(keys.authenticate(created.key() + "x")).isEmpty();
    String stored = Files.readString(file);
    assertThat(stored).doesNotContain(created.key()).contains(ApiKeys.sha256(created.key()));
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    ApiKeys restarted = new ApiKeys(file, json, Clock.systemUTC());
    assertThat(restarted.authenticate(created.key())).isPresent();
    assertThat(restarted.anyStoredActive()).isTrue();
    assertThat(restarted.revoke(created.apiKey().id())).hasValueSatisfying(k -> assertThat(k.active()).isFalse());
    assertThat(restarted.authenticate(created.key())).isEmpty();
    assertThat(new ApiKeys(file, json, Clock.systemUTC()).authenticate(created.key())).isEmpty();
    assertThat(restarted.anyStoredActive()).isFalse();
  }

  @Test
  void keysGivenAtStartAreNeverWrittenAndCannotBeRevokedThroughTheApi(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("api-keys.json");
    ApiKeys keys = new ApiKeys(file, json, Clock.systemUTC());
    keys.register("bootstrap", "from the configuration", "a-configured-bootstrap-key", Role.ADMIN);
    keys.create("someone", Role.READER);

    assertThat(keys.authenticate("a-configured-bootstrap-key")).map(ApiKey::role).contains(Role.ADMIN);
    assertThat(Files.readString(file)).doesNotContain("bootstrap");
    assertThatThrownBy(() -> keys.revoke("bootstrap")).isInstanceOf(IllegalStateException.class);
    assertThat(keys.revoke("no-such-key")).isEmpty();
  }
}
