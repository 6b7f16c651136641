package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 *   -Dexec.args="src/test/resources/eval/news-2018-labels src/test/resources/eval/agreement-second-labels.jsonl"</pre>
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
    Map<String, Scorecard.Counts> rows = new LinkedHashMap<>();
    Scorecard.FACETS.forEach(f -> rows.put(f, new Scorecard.Counts()));
    Map<String, Scorecard.Counts> topicRows = new TreeMap<>();
    int documents = 0;
    for (GoldLabels b : second.values()) {
      GoldLabels a = first.get(b.docno());
      if (a == null) {
        System.err.println("Not in the reference labels: " + b.docno());
        continue;
      }
      documents++;
      rows.get("countries").add(a.countries(), b.countries());
      rows.get("actors").add(names(a, null), names(b, null));
      rows.get("actors: person").add(names(a, "person"), names(b, "person"));
      rows.get("actors: organization").add(names(a, "organization"), names(b, "organization"));
      rows.get("topics").add(a.topics(), b.topics());
      Set<String> topics = new TreeSet<>(a.topics());
      topics.addAll(b.topics());
      for (String topic : topics) {
        topicRows.computeIfAbsent("topic " + topic, k -> new Scorecard.Counts())
            .add(a.topics().contains(topic) ? Set.of(topic) : Set.of(), b.topics().contains(topic) ? Set.of(topic) : Set.of());
      }
    }
    rows.putAll(topicRows);
    System.out.printf("%d documents labelled twice%n%n| row | P | R | F1 | reference | second | both |%n"
        + "| --- | --- | --- | --- | --- | --- | --- |%n", documents);
    rows.forEach((row, c) -> System.out.printf("| %s | %.3f | %.3f | %.3f | %d | %d | %d |%n", row,
        c.precision(), c.recall(), c.f1(), c.support(), c.tp() + c.fp(), c.tp()));
  }

  private static Set<String> names(GoldLabels labels, String type) {
    return labels.actors().stream().filter(a -> type == null || type.equals(a.type()))
        .map(a -> Scorecard.fold(a.name())).collect(Collectors.toSet());
  }

  private static Map<String, GoldLabels> read(Path file) throws IOException {
    return GoldLabels.read(file).stream().collect(Collectors.toMap(GoldLabels::docno, Function.identity(),
        (x, y) -> y, LinkedHashMap::new));
  }

  private LabelAgreement() {}
}
