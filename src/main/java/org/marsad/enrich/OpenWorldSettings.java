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
 * @param personProbability the least probability at which the model's people are taken; above 1, none are
 * @param organisationProbability the least probability at which the model's organisations are taken; above 1, none are
 * @param modelPersonWords the least words of a person the model finds (a lone word is often a clitic's
 *     remainder or a short form whose full name went unseen)
 */
public record OpenWorldSettings(boolean rules, boolean lexicons, boolean people, boolean model,
    double personProbability, double organisationProbability, int modelPersonWords) {

  /**
   * The model's thresholds shipped: chosen by cross-validation within the training split
   * ({@code ActorNameModelTraining -Dfolds=3}: a model trained without each fold's labels tags that
   * fold), among the settings with the best F1 whose precision stays at least 0.85 and whose additions
   * to the rules are at least 0.75 precise. Held out on the 5,805 train articles, with the model also
   * reading sentences that hold an organisation's head: F1 0.855, P 0.922, against 0.836 for the rules
   * alone; the model's own additions are 0.751 precise (1,653 right, 548 wrong). A person threshold of
   * 0.6, shipped before, measured F1 0.857 there but its additions only 0.733 precise. The shipped
   * model, learnt on 12,937 train articles with these thresholds kept, leaves out features seen in
   * fewer than 44 sentences, which keeps it under 5 MB (4.79 MB; 34 gave 5.50 MB).
   */
  public static final double PERSON_PROBABILITY = 0.7;
  public static final double ORGANISATION_PROBABILITY = 0.8;
  public static final int MODEL_PERSON_WORDS = 1;
  /** A threshold no probability reaches: the model's names of that type are not taken. */
  public static final double NEVER = 2.0;

  /** The knowledge base alone: no actor it does not know. */
  public static final OpenWorldSettings OFF = new OpenWorldSettings(false, false, false, false);
  /** What measured best on the training split. */
  public static final OpenWorldSettings DEFAULT = new OpenWorldSettings(true, true, true, true);
  /** The rules, lexicons and people without the statistical model (distant supervision trains the model from these). */
  public static final OpenWorldSettings RULES = new OpenWorldSettings(true, true, true, false);

  public OpenWorldSettings(boolean rules, boolean lexicons, boolean people, boolean model) {
    this(rules, lexicons, people, model, PERSON_PROBABILITY, ORGANISATION_PROBABILITY, MODEL_PERSON_WORDS);
  }

  /** These settings with other thresholds for the model's people and organisations and its people's least words. */
  public OpenWorldSettings withModel(double person, double organisation, int personWords) {
    return new OpenWorldSettings(rules, lexicons, people, model, person, organisation, personWords);
  }

  /** The least probability of the model's names: below it the model need not report a name. */
  double minModelProbability() {
    return Math.min(personProbability, organisationProbability);
  }

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
