package org.marsad.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.MarsadITSupport;
import org.marsad.api.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every endpoint of {@code security/access.tsv} with every kind of credential — none, a bad key,
 * API keys of each role, JWTs of each role from a test identity provider, a JWT with no Marsad role,
 * expired and forged JWTs: 401 without valid credentials, 403 with a role below the endpoint's,
 * the endpoint's own answer otherwise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessIT {

  static final TestTokens IDP = new TestTokens();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    Path dataDir = Files.createTempDirectory("marsad-access-it");
    registry.add("marsad.data-dir", dataDir::toString);
    registry.add("marsad.security.anonymous-read", () -> "off");
    registry.add("marsad.security.jwt.jwk-set-uri", IDP::jwkSetUri);
    registry.add("marsad.security.jwt.issuer-uri", () -> TestTokens.ISSUER);
    registry.add("marsad.security.jwt.roles-claim", () -> "realm_access.roles");
    registry.add("marsad.security.jwt.name-claim", () -> "preferred_username");
  }

  /** One line of the table. */
  record Endpoint(String method, String path, String body, Role least) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** A way of calling: the bearer token sent (null: none) and the role it carries (null: none). */
  record Caller(String name, String token, Role role, boolean valid) {
    @Override
    public String toString() {
      return name;
    }
  }

  @LocalServerPort int port;
  @Autowired ApiKeys keys;
  List<Caller> callers;

  @BeforeAll
  void callers() {
    callers = new ArrayList<>();
    callers.add(new Caller("no credentials", null, null, false));
    callers.add(new Caller("unknown API key", "mk_0123456789ab_notakeyatall", null, false));
    callers.add(new Caller("forged JWT", IDP.forged("mallory", List.of("admin")), null, false));
    callers.add(new Caller("expired JWT", IDP.expired("ana", List.of("admin")), null, false));
    callers.add(new Caller("JWT without a Marsad role", IDP.token("guest", List.of("offline_access")), null, true));
    for (Role role : Role.values()) {
      callers.add(new Caller("API key " + role.id(), keys.create("access test " + role.id(), role).key(), role, true));
      callers.add(new Caller("JWT " + role.id(), IDP.token("user-" + role.id(), List.of(role.id(), "offline_access")), role, true));
    }
  }

  @AfterAll
  void stopIdentityProvider() {
    IDP.close();
  }

  Stream<Arguments> table() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Caller caller : callers) {
        cases.add(Arguments.of(endpoint, caller));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("table")
  void eachRoleIsAllowedOrRefusedAsTheTableSays(Endpoint endpoint, Caller caller) {
    ApiClient.Response response = new ApiClient(port, caller.token())
        .send(endpoint.method(), endpoint.path(), endpoint.body(), "Content-Type", "application/json");

    if (!caller.valid()) {
      assertThat(response.status()).as(response.body()).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    } else if (caller.role() == null || caller.role().compareTo(endpoint.least()) < 0) {
      assertThat(response.status()).as(response.body()).isEqualTo(403);
    } else {
      assertThat(response.status()).as(response.body()).isNotIn(401, 403).isLessThan(500);
      return;
    }
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asText()).isNotBlank();
  }

  @Test
  void aRevokedKeyStopsWorkingAndOnlyItsHashIsStored() throws IOException {
    ApiClient admin = new ApiClient(port, MarsadITSupport.BOOTSTRAP_KEY);
    ApiClient.Response created = admin.send("POST", "/api/admin/keys",
        "{\"name\":\"nightly export\",\"role\":\"reader\"}", "Content-Type", "application/json");
    assertThat(created.status()).isEqualTo(201);
    String key = created.json().get("key").asText();
    String id = created.json().at("/apiKey/id").asText();
    assertThat(key).startsWith("mk_" + id + "_");

    ApiClient script = new ApiClient(port, key);
    assertThat(script.get("/api/search", "q", "ليبيا").status()).isEqualTo(200);
    assertThat(script.send("POST", "/api/admin/knowledge-base/reload", null).status()).isEqualTo(403);
    String stored = Files.readString(dataDir().resolve("api-keys.json"), StandardCharsets.UTF_8);
    assertThat(stored).contains(id).doesNotContain(key).contains(ApiKeys.sha256(key));

    assertThat(admin.send("DELETE", "/api/admin/keys/" + id, null).json().get("revoked").isNull()).isFalse();
    assertThat(script.get("/api/search", "q", "ليبيا").status()).isEqualTo(401);
    assertThat(admin.get("/api/admin/keys").body()).contains(id).doesNotContain(key);
    assertThat(admin.send("DELETE", "/api/admin/keys/bootstrap", null).status()).isEqualTo(409);
  }

  @Test
  void stateChangesAreAuditedWithWhoDidThem() {
    ApiClient admin = new ApiClient(port, MarsadITSupport.BOOTSTRAP_KEY);
    new ApiClient(port, null).send("DELETE", "/api/documents/audited-1", null);
    admin.send("DELETE", "/api/documents/audited-2", null);
    new ApiClient(port, IDP.token("rania", List.of("reader"))).send("DELETE", "/api/documents/audited-3", null);

    String audit = admin.get("/api/admin/audit", "limit", "1000").body();
    assertThat(audit).contains("\"who\":\"anonymous\",\"action\":\"DELETE /api/documents/audited-1\",\"status\":401");
    assertThat(audit).contains("\"who\":\"key:bootstrap (marsad.security.bootstrap-key)\",\"action\":\"DELETE /api/documents/audited-2\",\"status\":404");
    assertThat(audit).contains("\"who\":\"jwt:rania\",\"action\":\"DELETE /api/documents/audited-3\",\"status\":403");
  }

  @Autowired org.marsad.config.MarsadProperties marsad;

  private Path dataDir() {
    return marsad.dataDir();
  }

  private static List<Endpoint> endpoints() throws IOException {
    List<Endpoint> endpoints = new ArrayList<>();
    try (InputStream in = AccessIT.class.getResourceAsStream("/security/access.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        endpoints.add(new Endpoint(f[0], encodePath(f[1]), "-".equals(f[2]) ? null : f[2],
            Role.parse(f[3]).orElseThrow()));
      }
    }
    return endpoints;
  }

  /** Percent-encodes the query's non-ASCII text (the table keeps it readable). */
  private static String encodePath(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      out.append(b < 0 ? String.format("%%%02X", b & 0xff) : String.valueOf((char) b));
    }
    return out.toString();
  }
}
