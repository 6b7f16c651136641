package org.marsad.security;

import java.time.Instant;

/**
 * One API key as Marsad keeps it: never the key itself, only its SHA-256. The key a script sends
 * is {@code mk_<id>_<secret>}; the id is its visible prefix, so a key in a log or a listing can be
 * recognised without revealing it.
 *
 * @param id the key's public prefix
 * @param name what the key is for (a person or a script)
 * @param role what the key may do
 * @param sha256 hex SHA-256 of the whole key
 * @param created when it was made
 * @param revoked when it was revoked; null while it works
 * @param persistent false for keys that live only in memory (the bootstrap and start-up keys)
 */
public record ApiKey(
    String id, String name, Role role, String sha256, Instant created, Instant revoked,
    boolean persistent) {

  public boolean active() {
    return revoked == null;
  }

  ApiKey revokedAt(Instant when) {
    return new ApiKey(id, name, role, sha256, created, when, persistent);
  }
}
