package org.marsad.enrich;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The languages facet labels are written in; a closed set, as the API's {@code lang} names them. */
public enum Lang {
  AR("ar"),
  EN("en");

  private final String code;

  Lang(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code, as in {@code ?lang=en} and the keys of {@code labels}. */
  @JsonValue
  public String code() {
    return code;
  }

  /** The language with this code, or empty for any other text. */
  public static Optional<Lang> ofCode(String code) {
    for (Lang lang : values()) {
      if (lang.code.equals(code)) {
        return Optional.of(lang);
      }
    }
    return Optional.empty();
  }
}
