package org.marsad.enrich;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Precision, recall and F1 of tagging against {@link GoldLabels}, micro-averaged over documents:
 * per facet, per actor type (person, organization) and per topic. Actors are compared by canonical
 * English name (the knowledge base's English label against the label's {@code name}) after folding
 * case and diacritics; a discovered actor ({@link DiscoveredActors}), which has no canonical name, is
 * the labelled actor one of whose Arabic surfaces has its words, or holds them or is held in them
 * with two words at least (عبد الرحمن عثمان in الرئيس عبد الرحمن عثمان), else a false alarm; an actor's type is the knowledge base's for a tag, the label's for gold.
 * Not thread safe: one scorecard per evaluation run.
 */
public final class Scorecard {

  /** The rows reported for every run, in this order; topics follow, one row each. */
  public static final List<String> FACETS =
      List.of("countries", "actors", "actors: person", "actors: organization", "topics");

  /** True positives, false positives and false negatives of one row. */
  public static final class Counts {
    int tp;
    int fp;
    int fn;

    public Counts() {
    }

    /** Counts of known size: a facet's, as read back from a file or with some positives taken off. */
    public Counts(int tp, int fp, int fn) {
      this.tp = tp;
      this.fp = fp;
      this.fn = fn;
    }

    public void add(Set<String> gold, Set<String> predicted) {
      for (String p : predicted) {
        if (gold.contains(p)) {
          tp++;
        } else {
          fp++;
        }
      }
      for (String g : gold) {
        if (!predicted.contains(g)) {
          fn++;
        }
      }
    }

    public double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int tp() {
      return tp;
    }

    public int fp() {
      return fp;
    }

    public int fn() {
      return fn;
    }

    /** How many gold values the row has. */
    public int support() {
      return tp + fn;
    }
  }

  /** What one document's tags missed and added, per facet (for reading misses while tuning). */
  public record Diff(String docno, Map<String, Set<String>> missed, Map<String, Set<String>> extra) {

    public boolean isEmpty() {
      return missed.values().stream().allMatch(Set::isEmpty) && extra.values().stream().allMatch(Set::isEmpty);
    }
  }

  private static final org.marsad.solr.analysis.ArabicNormaliser NORMALISER = new org.marsad.solr.analysis.ArabicNormaliser();
  private static final ActorCues CUES = new ActorCues(NORMALISER);

  private final Map<String, Counts> rows = new LinkedHashMap<>();
  private int documents;

  public Scorecard(List<String> topicIds) {
    FACETS.forEach(f -> rows.put(f, new Counts()));
    topicIds.forEach(t -> rows.put(t, new Counts()));
  }

  /** Scores one document's tags and returns what they missed and added. */
  public Diff add(GoldLabels gold, Enrichment tags, FacetLabels labels) {
    documents++;
    Set<String> countries = new TreeSet<>();
    tags.countries().forEach(t -> countries.add(t.id()));
    Set<String> topics = new TreeSet<>();
    tags.topics().forEach(t -> topics.add(t.id()));
    Map<String, Set<String>> goldActors = actorsByType();
    gold.actors().forEach(a -> goldActors.computeIfAbsent(a.type(), k -> new TreeSet<>()).add(fold(a.name())));
    Map<String, Set<String>> actors = actorsByType();
    for (Tag t : tags.actors()) {
      FacetLabel label = labels.labelOf(FacetType.ACTOR, t.id());
      String name = nameOf(t, label, gold, labels);
      actors.computeIfAbsent(label.type() == null ? "organization" : label.type().json(), k -> new TreeSet<>()).add(name);
    }
    Set<String> allGold = union(goldActors);
    Set<String> all = union(actors);
    rows.get("countries").add(gold.countries(), countries);
    rows.get("actors").add(allGold, all);
    rows.get("actors: person").add(goldActors.get("person"), actors.get("person"));
    rows.get("actors: organization").add(goldActors.get("organization"), actors.get("organization"));
    rows.get("topics").add(gold.topics(), topics);
    rows.forEach((id, c) -> {
      if (!FACETS.contains(id)) {
        c.add(gold.topics().contains(id) ? Set.of(id) : Set.of(), topics.contains(id) ? Set.of(id) : Set.of());
      }
    });
    Map<String, Set<String>> missed = new LinkedHashMap<>();
    Map<String, Set<String>> extra = new LinkedHashMap<>();
    diff("countries", gold.countries(), countries, missed, extra);
    diff("actors", allGold, all, missed, extra);
    diff("topics", gold.topics(), topics, missed, extra);
    return new Diff(gold.docno(), missed, extra);
  }

  /**
   * The name an actor tag is scored by: a known actor's folded English label, a discovered one's
   * labelled actor (see {@link #discovered}) or, when it stands for none, its Arabic label after {@code ~}.
   */
  public static String nameOf(Tag t, GoldLabels gold, FacetLabels labels) {
    return nameOf(t, labels.labelOf(FacetType.ACTOR, t.id()), gold, labels);
  }

  /** As {@link #nameOf(Tag, GoldLabels, FacetLabels)} with the tag's label already looked up. */
  private static String nameOf(Tag t, FacetLabel label, GoldLabels gold, FacetLabels labels) {
    return DiscoveredActors.isDiscovered(t.id()) ? discovered(t, gold, labels).orElse("~" + label.ar()) : fold(label.en());
  }

  /**
   * The labelled actor a discovered actor stands for, by the words of its name; a body scoped to its
   * country (السفاره @RU) also by its words with the country's name or adjective after them (السفارة
   * الروسية, السفارة في روسيا), as the text may have written it and its id no longer holds.
   */
  private static java.util.Optional<String> discovered(Tag tag, GoldLabels gold, FacetLabels labels) {
    String words = String.join(" ", DiscoveredActors.words(tag.id()));
    String country = DiscoveredActors.scope(tag.id());
    // A scoped body's words with its country first: الشرطة alone may be another country's police.
    List<String> written = new java.util.ArrayList<>();
    if (country != null) {
      labels.aliases(FacetType.COUNTRY, country).forEach(name -> written.addAll(List.of(words + " " + name, words + " في " + name)));
    }
    written.add(words);
    return byWritings(written, surfacesByName(gold));
  }

  /** Each labelled actor's folded name with its Arabic surfaces, in label order. */
  private static Map<String, List<String>> surfacesByName(GoldLabels gold) {
    Map<String, List<String>> surfaces = new LinkedHashMap<>();
    gold.actors().forEach(a -> surfaces.computeIfAbsent(fold(a.name()), n -> new java.util.ArrayList<>()).addAll(a.surfaces()));
    return surfaces;
  }

  /**
   * The labelled actor a discovered name stands for, by its folded name (as {@link #fold}); see
   * {@link #bySurface(String, Map)}.
   */
  public static java.util.Optional<String> bySurface(String arabic, GoldLabels gold) {
    return bySurface(arabic, surfacesByName(gold));
  }

  /**
   * The labelled actor a discovered name stands for, among {@code surfacesByName} (each actor's name
   * and its Arabic surfaces, in label order): the one with a surface of exactly its words, else the
   * first one with a surface that holds them or is held in them (two words at least), or that is the one
   * word after an organisation's head (شركة دانون, labelled دانون). Exact first:
   * جامعة هارفارد is Harvard University, not the Harvard Business School labelled before it as "كلية
   * إدارة الأعمال في جامعة هارفارد".
   */
  public static java.util.Optional<String> bySurface(String arabic, Map<String, ? extends List<String>> surfacesByName) {
    return byWritings(List.of(arabic), surfacesByName);
  }

  /** As {@link #bySurface(String, Map)} for a name written several ways: exactly any of them first, in order. */
  private static java.util.Optional<String> byWritings(List<String> written, Map<String, ? extends List<String>> surfacesByName) {
    List<List<String>> names = written.stream().map(Scorecard::words).toList();
    for (List<String> name : names) {
      for (Map.Entry<String, ? extends List<String>> actor : surfacesByName.entrySet()) {
        if (actor.getValue().stream().anyMatch(surface -> words(surface).equals(name))) {
          return java.util.Optional.of(actor.getKey());
        }
      }
    }
    for (List<String> name : names) {
      for (Map.Entry<String, ? extends List<String>> actor : surfacesByName.entrySet()) {
        for (String surface : actor.getValue()) {
          List<String> s = words(surface);
          if (Math.min(s.size(), name.size()) >= 2
              && (java.util.Collections.indexOfSubList(s, name) >= 0 || java.util.Collections.indexOfSubList(name, s) >= 0)) {
            return java.util.Optional.of(actor.getKey());
          }
        }
      }
    }
    // Last, a head before the one word a label keeps (شركة دانون, labelled by دانون): the text's name of it.
    for (List<String> name : names) {
      for (Map.Entry<String, ? extends List<String>> actor : surfacesByName.entrySet()) {
        for (String surface : actor.getValue()) {
          List<String> s = words(surface);
          if (s.size() == 1 && name.size() == 2 && name.get(1).equals(s.get(0)) && CUES.head(name.get(0)) != null) {
            return java.util.Optional.of(actor.getKey());
          }
        }
      }
    }
    return java.util.Optional.empty();
  }

  private static List<String> words(String text) {
    return DiscoveredActors.apart(TextToken.tokenize(text).stream().map(t -> NORMALISER.fold(t.text())).toList());
  }

  /** Rows in report order: the facets, then one per topic. */
  public Map<String, Counts> rows() {
    return rows;
  }

  public Counts row(String name) {
    return rows.get(name);
  }

  public int documents() {
    return documents;
  }

  /** Case and diacritics folded, as canonical names are compared. */
  public static String fold(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed.toLowerCase(Locale.ROOT).replace('–', '-').replaceAll("\\s+", " ").strip();
  }

  private static Map<String, Set<String>> actorsByType() {
    Map<String, Set<String>> byType = new LinkedHashMap<>();
    byType.put("person", new TreeSet<>());
    byType.put("organization", new TreeSet<>());
    return byType;
  }

  private static Set<String> union(Map<String, Set<String>> byType) {
    Set<String> all = new TreeSet<>();
    byType.values().forEach(all::addAll);
    return all;
  }

  private static void diff(String facet, Set<String> gold, Set<String> predicted,
      Map<String, Set<String>> missed, Map<String, Set<String>> extra) {
    Set<String> m = new TreeSet<>(gold);
    m.removeAll(predicted);
    Set<String> x = new TreeSet<>(predicted);
    x.removeAll(gold);
    missed.put(facet, m);
    extra.put(facet, x);
  }
}
