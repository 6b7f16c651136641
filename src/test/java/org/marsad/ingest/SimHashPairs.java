package org.marsad.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The near and far pairs of {@code ingest/simhash-pairs.tsv}, made from sample-corpus articles: an
 * article against an edited copy of itself (a sentence dropped, added or moved, another spelling) or
 * against another article. Half the table ({@code tune}) is for choosing {@link SimHash#MAX_DISTANCE}
 * (the {@code SimHashCalibration} benchmark), the other half ({@code check}) for testing it.
 */
public final class SimHashPairs {

  /** One pair and the Hamming distance of its fingerprints. */
  public record Pair(String split, boolean near, String docno, String edit, int distance) {}

  private static final Pattern SENTENCE_END = Pattern.compile("(?U)(?<=[.!؟?])\\s+");
  private static final Pattern ABSTRACT = Pattern.compile("<ABSTRACT>(.*?)</ABSTRACT>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
  private static final int MIN_SENTENCE_WORDS = 5;

  private SimHashPairs() {}

  public static List<Pair> load() {
    SimHash simHash = new SimHash();
    List<Pair> pairs = new ArrayList<>();
    for (String line : lines("/ingest/simhash-pairs.tsv")) {
      String[] cells = line.split("\t");
      List<String> sentences = sentences(cells[2]);
      List<String> other = edit(sentences, cells[3]);
      long a = simHash.of(String.join(" ", sentences));
      long b = simHash.of(String.join(" ", other));
      pairs.add(new Pair(cells[0], "near".equals(cells[1]), cells[2], cells[3], SimHash.distance(a, b)));
    }
    return pairs;
  }

  private static List<String> edit(List<String> sentences, String edit) {
    String[] op = edit.split(":", 2);
    List<String> copy = new ArrayList<>(sentences);
    switch (op[0]) {
      case "drop" -> copy.remove(Integer.parseInt(op[1]));
      case "add" -> copy.addAll(sentences(op[1]).subList(0, 2));
      case "swap" -> {
        int n = Integer.parseInt(op[1]);
        copy.set(n, sentences.get(n + 1));
        copy.set(n + 1, sentences.get(n));
      }
      case "spell" -> copy.replaceAll(s -> s.replace('أ', 'ا').replace('إ', 'ا').replace('ؤ', 'و')
          .replace('ة', 'ه').replace('ى', 'ي'));
      case "far" -> {
        return sentences(op[1]);
      }
      default -> throw new IllegalArgumentException("Unknown edit " + edit);
    }
    return copy;
  }

  /** The lead and body of a sample-corpus article, in sentences of five words or more. */
  private static List<String> sentences(String docno) {
    String xml = read("/sample-corpus/ant/" + docno + ".txt");
    StringBuilder text = new StringBuilder();
    Matcher lead = ABSTRACT.matcher(xml);
    if (lead.find()) {
      text.append(lead.group(1));
    }
    Matcher body = TEXT.matcher(xml);
    if (body.find()) {
      text.append('\n').append(body.group(1));
    }
    List<String> sentences = new ArrayList<>();
    for (String s : SENTENCE_END.split(text.toString().strip())) {
      if (s.strip().split("(?U)\\s+").length >= MIN_SENTENCE_WORDS) {
        sentences.add(s.strip());
      }
    }
    return sentences;
  }

  private static String read(String resource) {
    try (InputStream in = SimHashPairs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(String resource) {
    try (InputStream in = SimHashPairs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
