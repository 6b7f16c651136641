package org.marsad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marsad.enrich.GoldLabels;
import org.marsad.enrich.Scorecard;

/**
 * How far two labellings of the same articles agree: the first file taken as the reference, the
 * second scored against it, per facet, actor type and topic, names compared as the evaluation
 * compares them ({@link Scorecard#fold}). It measures the labels, not the tagger: a target above
 * what two careful labellers agree on could not be checked by one labelling.
 *
 * <pre>./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.LabelAgreement \
 *   -Dexec.args="src/test/resources/eval/news-2018-labels.jsonl src/test/resources/eval/agreement-second-labels.jsonl"</pre>
 *
 * Only the documents of the second file are compared.
 */
public final class LabelAgreement {

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: LabelAgreement <reference labels.jsonl> <second labels.jsonl>");
      System.exit(2);
    }
    Map<String, GoldLabels> first = read(Path.of(args[0]));
    Map<String, GoldLabels> second = read(Path.of(args[1]));
    Map<String, int[]> rows = new LinkedHashMap<>();
    int documents = 0;
    for (GoldLabels b : second.values()) {
      GoldLabels a = first.get(b.docno());
      if (a == null) {
        System.err.println("Not in the reference labels: " + b.docno());
        continue;
      }
      documents++;
      count(rows, "countries", a.countries(), b.countries());
      count(rows, "actors", names(a, null), names(b, null));
      count(rows, "actors: person", names(a, "person"), names(b, "person"));
      count(rows, "actors: organization", names(a, "organization"), names(b, "organization"));
      count(rows, "topics", a.topics(), b.topics());
      Set<String> topics = new TreeSet<>(a.topics());
      topics.addAll(b.topics());
      for (String topic : topics) {
        count(rows, "topic " + topic, a.topics().contains(topic) ? Set.of(topic) : Set.of(),
            b.topics().contains(topic) ? Set.of(topic) : Set.of());
      }
    }
    System.out.printf("%d documents labelled twice%n%n| row | P | R | F1 | reference | second | both |%n"
        + "| --- | --- | --- | --- | --- | --- | --- |%n", documents);
    rows.entrySet().stream()
        .sorted(Map.Entry.comparingByKey((x, y) -> x.startsWith("topic ") == y.startsWith("topic ")
            ? (x.startsWith("topic ") ? x.compareTo(y) : 0) : x.startsWith("topic ") ? 1 : -1))
        .forEach(e -> {
          int both = e.getValue()[0];
          int onlySecond = e.getValue()[1];
          int onlyFirst = e.getValue()[2];
          double p = both + onlySecond == 0 ? 0 : both / (double) (both + onlySecond);
          double r = both + onlyFirst == 0 ? 0 : both / (double) (both + onlyFirst);
          double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
          System.out.printf("| %s | %.3f | %.3f | %.3f | %d | %d | %d |%n", e.getKey(), p, r, f1,
              both + onlyFirst, both + onlySecond, both);
        });
  }

  private static Set<String> names(GoldLabels labels, String type) {
    return labels.actors().stream().filter(a -> type == null || type.equals(a.type()))
        .map(a -> Scorecard.fold(a.name())).collect(Collectors.toSet());
  }

  private static void count(Map<String, int[]> rows, String row, Set<String> first, Set<String> second) {
    int[] c = rows.computeIfAbsent(row, k -> new int[3]);
    for (String s : second) {
      c[first.contains(s) ? 0 : 1]++;
    }
    c[2] += (int) first.stream().filter(f -> !second.contains(f)).count();
  }

  private static Map<String, GoldLabels> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      List<GoldLabels> labels = GoldLabels.read(in);
      return labels.stream().collect(Collectors.toMap(GoldLabels::docno, Function.identity(), (x, y) -> y,
          LinkedHashMap::new));
    }
  }

  private LabelAgreement() {}
}
