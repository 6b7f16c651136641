package org.marsad.bench;

import java.util.List;
import org.marsad.ingest.SimHash;
import org.marsad.ingest.SimHashPairs;
import org.marsad.ingest.SimHashPairs.Pair;

/**
 * Chooses SimHash's near-duplicate distance on the {@code tune} half of {@code
 * ingest/simhash-pairs.tsv} and reports both halves: for each distance, how many near pairs it
 * keeps and how many far pairs it would merge. {@code SimHashTest} checks the chosen constant on the
 * {@code check} half only.
 *
 * <p>Run: {@code ./mvnw -B -Pbench test-compile exec:java -Dexec.mainClass=org.marsad.bench.SimHashCalibration}
 */
public final class SimHashCalibration {

  private SimHashCalibration() {}

  public static void main(String[] args) {
    List<Pair> pairs = SimHashPairs.load();
    System.out.println("| split | distance | near kept | far merged |");
    System.out.println("| --- | ---: | ---: | ---: |");
    for (String split : List.of("tune", "check")) {
      List<Pair> part = pairs.stream().filter(p -> p.split().equals(split)).toList();
      for (int d = 2; d <= 16; d += 1) {
        int threshold = d;
        long near = part.stream().filter(Pair::near).count();
        long kept = part.stream().filter(p -> p.near() && p.distance() <= threshold).count();
        long far = part.stream().filter(p -> !p.near()).count();
        long merged = part.stream().filter(p -> !p.near() && p.distance() <= threshold).count();
        System.out.printf("| %s | %d | %d/%d | %d/%d |%n", split, d, kept, near, merged, far);
      }
    }
    int closestFar = pairs.stream().filter(p -> p.split().equals("tune") && !p.near())
        .mapToInt(Pair::distance).min().orElse(64);
    System.out.printf("tune: closest far pair %d bits; MAX_DISTANCE is %d%n", closestFar, SimHash.MAX_DISTANCE);
    pairs.stream().filter(p -> p.near()).collect(java.util.stream.Collectors.groupingBy(
            p -> p.split() + " " + p.edit().split(":")[0],
            java.util.TreeMap::new,
            java.util.stream.Collectors.summarizingInt(Pair::distance)))
        .forEach((k, v) -> System.out.printf("%s: near distance min %d, mean %.1f, max %d%n", k, v.getMin(), v.getAverage(), v.getMax()));
  }
}
