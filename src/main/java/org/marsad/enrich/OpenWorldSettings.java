package org.marsad.enrich;

import java.util.Locale;

/**
 * Which evidence open-world actor recognition uses, so that the variants can be compared on
 * labelled text ({@code OpenWorldEvaluation}) and the best one shipped as {@link #DEFAULT}.
 *
 * @param rules titles and roles before a name, heads of organisation names, short forms of names
 *     said before, offices resolved to their holder by the article's date
 * @param lexicons also names without a title that begin with a known given name (kb/actor-cues/given-names.txt)
 * @param people the people gazetteer (kb/people.tsv) as known actors
 */
public record OpenWorldSettings(boolean rules, boolean lexicons, boolean people) {

  /** The knowledge base alone: no actor it does not know. */
  public static final OpenWorldSettings OFF = new OpenWorldSettings(false, false, false);
  /** What measured best on the training split. */
  public static final OpenWorldSettings DEFAULT = new OpenWorldSettings(true, true, true);

  /** A variant by name: {@code kb-only}, {@code rules}, {@code rules+lexicons}, {@code rules+lexicons+people}. */
  public static OpenWorldSettings named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "kb-only" -> OFF;
      case "people" -> new OpenWorldSettings(false, false, true);
      case "rules" -> new OpenWorldSettings(true, false, false);
      case "rules+people" -> new OpenWorldSettings(true, false, true);
      case "rules+lexicons" -> new OpenWorldSettings(true, true, false);
      case "rules+lexicons+people", "default" -> DEFAULT;
      default -> throw new IllegalArgumentException("Unknown open-world variant: " + name
          + " (kb-only, people, rules, rules+people, rules+lexicons, rules+lexicons+people)");
    };
  }
}
