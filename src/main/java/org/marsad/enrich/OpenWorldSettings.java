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
 * @param model also the names the statistical name finder ({@link ActorNameModel}) finds
 */
public record OpenWorldSettings(boolean rules, boolean lexicons, boolean people, boolean model) {

  /** The knowledge base alone: no actor it does not know. */
  public static final OpenWorldSettings OFF = new OpenWorldSettings(false, false, false, false);
  /** What measured best on the training split. */
  public static final OpenWorldSettings DEFAULT = new OpenWorldSettings(true, true, true, true);
  /** The rules, lexicons and people without the statistical model (distant supervision trains the model from these). */
  public static final OpenWorldSettings RULES = new OpenWorldSettings(true, true, true, false);

  /** A variant by name: {@code kb-only}, {@code rules}, {@code rules+lexicons}, {@code rules+lexicons+people}. */
  public static OpenWorldSettings named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "kb-only" -> OFF;
      case "people" -> new OpenWorldSettings(false, false, true, false);
      case "rules" -> new OpenWorldSettings(true, false, false, false);
      case "rules+people" -> new OpenWorldSettings(true, false, true, false);
      case "rules+lexicons" -> new OpenWorldSettings(true, true, false, false);
      case "rules+lexicons+people" -> RULES;
      case "model" -> new OpenWorldSettings(false, false, true, true);
      case "rules+lexicons+people+model", "default" -> DEFAULT;
      default -> throw new IllegalArgumentException("Unknown open-world variant: " + name
          + " (kb-only, people, rules, rules+people, rules+lexicons, rules+lexicons+people, model,"
          + " rules+lexicons+people+model)");
    };
  }
}
