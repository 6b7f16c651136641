package org.marsad.security;

import java.util.Locale;
import java.util.Optional;

/**
 * Marsad's roles, each including the ones before it: a curator is also a reader, an admin is
 * also a curator.
 */
public enum Role {
  /** Search, suggest, read documents, export. */
  READER,
  /** Upload, retry failed files, name discovery. */
  CURATOR,
  /** Delete, knowledge-base reload, ingest jobs, API keys, audit log, actuator beyond health. */
  ADMIN;

  /** The Spring Security authority, {@code ROLE_READER} and so on. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** The role named {@code value} ({@code reader}, {@code Curator}...), if it is one. */
  public static Optional<Role> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The lower-case name used in the API and in tokens. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
