package org.marsad.security;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.config.SecretFiles;

/**
 * The API keys: created with a role, listed, revoked, and checked on every request.
 *
 * <p>Keys are 256 random bits; only their SHA-256 is kept, in {@code <data-dir>/api-keys.json}
 * (rewritten atomically on every change). A plain hash is enough for keys this long — there is
 * nothing to guess — and it makes a lookup one hash and one map access. Keys given at start (the
 * bootstrap key, the start-up key) live in memory only. Thread safe.
 */
public final class ApiKeys {

  /** What a new key's owner gets once: the key itself, and how Marsad lists it. */
  public record Created(String key, ApiKey apiKey) {}

  static final String PREFIX = "mk_";

  private final Path file;
  private final ObjectMapper json;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, ApiKey> byId = new LinkedHashMap<>();
  private final Map<String, ApiKey> byHash = new LinkedHashMap<>();

  public ApiKeys(Path file, ObjectMapper json, Clock clock) {
    this.file = file;
    this.json = json;
    this.clock = clock;
    load();
  }

  /** Makes a key, stores its hash and returns the key (the only time it is seen). */
  public synchronized Created create(String name, Role role) {
    String id = HexFormat.of().formatHex(bytes(6));
    String key = PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
    ApiKey apiKey = new ApiKey(id, name, role, sha256(key), clock.instant(), null, true);
    put(apiKey);
    save();
    return new Created(key, apiKey);
  }

  /** Accepts a key given at start (bootstrap, start-up): memory only, not revocable. */
  public synchronized ApiKey register(String id, String name, String key, Role role) {
    ApiKey apiKey = new ApiKey(id, name, role, sha256(key), clock.instant(), null, false);
    put(apiKey);
    return apiKey;
  }

  /** A freshly generated key that is not stored, for {@link #register}. */
  public String generate() {
    return PREFIX + "start_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
  }

  /** The active key whose hash matches {@code presented}. */
  public synchronized Optional<ApiKey> authenticate(String presented) {
    ApiKey key = byHash.get(sha256(presented));
    return key != null && key.active() ? Optional.of(key) : Optional.empty();
  }

  public synchronized List<ApiKey> list() {
    return List.copyOf(byId.values());
  }

  /** Whether any stored key still works (a stored admin or curator key is an identity source). */
  public synchronized boolean anyStoredActive() {
    return byId.values().stream().anyMatch(k -> k.persistent() && k.active());
  }

  /**
   * Revokes a stored key; returns it, or empty when there is none with that id.
   *
   * @throws IllegalStateException for a key given at start (change the configuration instead)
   */
  public synchronized Optional<ApiKey> revoke(String id) {
    ApiKey key = byId.get(id);
    if (key == null) {
      return Optional.empty();
    }
    if (!key.persistent()) {
      throw new IllegalStateException("Key '" + id + "' was given at start; remove it from the configuration");
    }
    if (key.active()) {
      key = key.revokedAt(clock.instant());
      put(key);
      save();
    }
    return Optional.of(key);
  }

  private void put(ApiKey key) {
    byId.put(key.id(), key);
    byHash.put(key.sha256(), key);
  }

  private void load() {
    if (!Files.exists(file)) {
      return;
    }
    try {
      List<ApiKey> keys = json.readValue(file.toFile(), new TypeReference<List<ApiKey>>() {});
      keys.forEach(this::put);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the API keys in " + file + ": " + e.getMessage(), e);
    }
  }

  private void save() {
    List<ApiKey> stored = new ArrayList<>();
    for (ApiKey key : byId.values()) {
      if (key.persistent()) {
        stored.add(key);
      }
    }
    try {
      SecretFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(stored));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the API keys to " + file, e);
    }
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  static String sha256(String key) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
