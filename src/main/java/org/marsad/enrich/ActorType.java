package org.marsad.enrich;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an actor is; a closed set, written {@code person} or {@code organization} in YAML and JSON. */
public enum ActorType {
  PERSON,
  ORGANIZATION;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads the knowledge base's spelling; anything else is refused with the allowed values. */
  @JsonCreator
  public static ActorType of(String value) {
    for (ActorType type : values()) {
      if (type.json().equals(value)) {
        return type;
      }
    }
    throw new IllegalArgumentException("Actor type must be person or organization, not '" + value + "'");
  }
}
