package org.marsad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.enrich.ActorNameModel;
import org.marsad.enrich.ActorType;
import org.marsad.enrich.Enrichment;
import org.marsad.enrich.Evidence;
import org.marsad.enrich.FacetLabel;
import org.marsad.enrich.FacetType;
import org.marsad.enrich.KnowledgeBase;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.KnowledgeBaseTagger;
import org.marsad.enrich.NameDiscovery;
import org.marsad.enrich.OpenWorldSettings;
import org.marsad.enrich.Tag;
import org.marsad.enrich.TaggableText;

/**
 * Person and organisation recognition measured on a public Arabic NER test set that nothing in
 * Marsad was tuned or trained on: CLEANANERCorp's test split (corrected ANERcorp; one
 * {@code token TAG} per line, a blank line between sentences, tags B/I-PERS, B/I-ORG, B/I-LOC,
 * B/I-MISC). Its licence (GPL-3.0) keeps it out of the project: the file is an argument.
 *
 * <p>The sentences are read in groups of {@value #SENTENCES_PER_TEXT} as the body of one text (a
 * line each) and tagged by the whole tagger, each variant in turn; every piece of evidence of an
 * actor is a predicted mention of the actor's type. A gold PERS or ORG mention is found when a
 * mention of the same type overlaps it; a predicted mention is right when it overlaps a gold
 * mention of its type ("overlap" P/R/F1), and "exact" asks for the same words. ANERcorp's guide is
 * not LABELS.md: offices (الرئيس الفرنسي) are no PERS mention there, so the knowledge base's office
 * holders count as false alarms — compare the variants with each other, not with other systems.
 *
 * <p>{@code ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.AnerCorpEvaluation
 * -Dexec.args="<cleananercorp_TEST.txt> [variant...]"}; variants as {@link OpenWorldSettings#named}
 * names (default {@code kb-only rules+lexicons+people default}); {@code -Dmodel=FILE} reads the name
 * model from a file instead of the jar.
 */
public final class AnerCorpEvaluation {

  static final int SENTENCES_PER_TEXT = 10;

  /** A mention: characters {@code [start, end)} of a text's body, of a type. */
  record Mention(int start, int end, ActorType type) {
    boolean overlaps(Mention other) {
      return type == other.type && start < other.end && other.start < end;
    }
  }

  /** One text made of sentences, with its gold mentions. */
  record Text(String body, List<Mention> gold) {}

  /** Counts of one type under one variant. */
  static final class Counts {
    int gold;
    int found;
    int predicted;
    int right;
    int exact;

    String row() {
      double p = predicted == 0 ? 1 : (double) right / predicted;
      double r = gold == 0 ? 1 : (double) found / gold;
      double ep = predicted == 0 ? 1 : (double) exact / predicted;
      double er = gold == 0 ? 1 : (double) exact / gold;
      return String.format(Locale.ROOT, "%.3f | %.3f | %.3f | %.3f | %.3f | %d | %d", p, r, f1(p, r), ep, er, predicted, gold);
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: AnerCorpEvaluation <cleananercorp_TEST.txt> [variant...]");
      System.exit(2);
    }
    List<Text> texts = read(Path.of(args[0]));
    List<String> variants = args.length > 1 ? List.of(args).subList(1, args.length)
        : List.of("kb-only", "rules+lexicons+people", "default");
    KnowledgeBase kb = new KnowledgeBaseLoader(null).load();
    ActorNameModel model = model();
    System.out.printf("%d texts of up to %d sentences, %d gold PERS and ORG mentions%n%n", texts.size(),
        SENTENCES_PER_TEXT, texts.stream().mapToInt(t -> t.gold().size()).sum());
    System.out.println("| variant | type | overlap P | R | F1 | exact P | R | predicted | gold |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (String variant : variants) {
      OpenWorldSettings settings = OpenWorldSettings.named(variant);
      KnowledgeBaseTagger tagger = new KnowledgeBaseTagger(kb, NameDiscovery.NONE, settings,
          settings.model() ? model : ActorNameModel.NONE);
      Map<ActorType, Counts> counts = score(tagger, kb, texts);
      counts.forEach((type, c) -> System.out.printf("| %s | %s | %s |%n", variant, type.json(), c.row()));
    }
  }

  private static ActorNameModel model() throws IOException {
    String file = System.getProperty("model");
    if (file == null) {
      return ActorNameModel.packaged();
    }
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return ActorNameModel.read(in);
    }
  }

  static Map<ActorType, Counts> score(KnowledgeBaseTagger tagger, KnowledgeBase kb, List<Text> texts) {
    Map<ActorType, Counts> counts = new LinkedHashMap<>();
    counts.put(ActorType.PERSON, new Counts());
    counts.put(ActorType.ORGANIZATION, new Counts());
    for (Text text : texts) {
      Enrichment e = tagger.enrich(TaggableText.of("", "", text.body(), null));
      List<Mention> predicted = new ArrayList<>();
      for (Tag tag : e.actors()) {
        FacetLabel label = kb.labelOf(FacetType.ACTOR, tag.id());
        ActorType type = label.type() == null ? ActorType.ORGANIZATION : label.type();
        for (Evidence ev : tag.evidence()) {
          if ("body".equals(ev.field())) {
            predicted.add(new Mention(ev.start(), ev.end(), type));
          }
        }
      }
      for (Mention g : text.gold()) {
        Counts c = counts.get(g.type());
        c.gold++;
        if (predicted.stream().anyMatch(g::overlaps)) {
          c.found++;
        }
      }
      for (Mention p : predicted) {
        Counts c = counts.get(p.type());
        c.predicted++;
        if (text.gold().stream().anyMatch(p::overlaps)) {
          c.right++;
        }
        if (text.gold().contains(p)) {
          c.exact++;
        }
      }
    }
    return counts;
  }

  /** The test file as texts of {@value #SENTENCES_PER_TEXT} sentences, a line each, words spaced. */
  static List<Text> read(Path file) throws IOException {
    List<Text> texts = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    List<Mention> gold = new ArrayList<>();
    int sentences = 0;
    int mentionStart = -1;
    ActorType mentionType = null;
    int lastEnd = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] parts = line.strip().split("\\s+");
      boolean blank = line.isBlank() || parts.length < 2;
      String tag = blank ? "O" : parts[parts.length - 1];
      // A mention ends at a blank line, an O, a B- or another type.
      boolean inside = tag.startsWith("I-") && mentionType != null && type(tag) == mentionType;
      if (mentionType != null && !inside) {
        gold.add(new Mention(mentionStart, lastEnd, mentionType));
        mentionType = null;
      }
      if (blank) {
        if (body.length() > 0 && body.charAt(body.length() - 1) != '\n') {
          body.append('\n');
          sentences++;
        }
        if (sentences == SENTENCES_PER_TEXT) {
          texts.add(new Text(body.toString(), List.copyOf(gold)));
          body.setLength(0);
          gold.clear();
          sentences = 0;
        }
        continue;
      }
      if (body.length() > 0 && body.charAt(body.length() - 1) != '\n') {
        body.append(' ');
      }
      int start = body.length();
      body.append(parts[0]);
      lastEnd = body.length();
      if (!inside && (tag.startsWith("B-") || tag.startsWith("I-")) && type(tag) != null) {
        mentionStart = start;
        mentionType = type(tag);
      }
    }
    if (mentionType != null) {
      gold.add(new Mention(mentionStart, lastEnd, mentionType));
    }
    if (body.length() > 0) {
      texts.add(new Text(body.toString(), List.copyOf(gold)));
    }
    return texts;
  }

  private static ActorType type(String tag) {
    return switch (tag.substring(2)) {
      case "PERS" -> ActorType.PERSON;
      case "ORG" -> ActorType.ORGANIZATION;
      default -> null;
    };
  }
}
