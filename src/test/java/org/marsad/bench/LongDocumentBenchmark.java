package org.marsad.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.marsad.enrich.Enricher;
import org.marsad.enrich.KnowledgeBaseLoader;
import org.marsad.enrich.LiveKnowledgeBase;
import org.marsad.enrich.NameDiscovery;
import org.marsad.enrich.TaggableText;

/**
 * How tagging time grows with a document's length: one body made of the corpus's articles joined in
 * corpus order, cut at each size given, tagged three times with the shipped tagger (name model
 * included). Ingest keeps up to 5,000,000 characters of a document (marsad.ingest.max-characters), so
 * the tagger must stay about linear up to there: a tagger quadratic in the words would spend minutes
 * on one long upload.
 *
 * <p>{@code LongDocumentBenchmark <multi-source corpus: folder or .tar.gz> [chars ...]} (default sizes
 * 10,000, 100,000, 1,000,000 and 5,000,000).
 */
public final class LongDocumentBenchmark {

  private static final int ROUNDS = 3;

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: LongDocumentBenchmark <multi-source corpus: folder or .tar.gz> [chars ...]");
      System.exit(2);
    }
    int[] sizes = args.length > 1
        ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
        : new int[] {10_000, 100_000, 1_000_000, 5_000_000};
    String text = bodies(Path.of(args[0]), Arrays.stream(sizes).max().orElse(0));
    Enricher enricher = new LiveKnowledgeBase(new KnowledgeBaseLoader(null)::load, new NameDiscovery()).enricher();
    enricher.enrich(new TaggableText(null, null, text.substring(0, Math.min(text.length(), 200_000)))); // warm-up
    System.out.println("| characters | tagging ms (median of " + ROUNDS + ") | ms per 1,000 characters | actors |");
    System.out.println("| ---: | ---: | ---: | ---: |");
    for (int size : sizes) {
      String body = text.substring(0, Math.min(size, text.length()));
      double[] ms = new double[ROUNDS];
      int actors = 0;
      for (int r = 0; r < ROUNDS; r++) {
        long started = System.nanoTime();
        actors = enricher.enrich(new TaggableText(null, null, body)).actors().size();
        ms[r] = (System.nanoTime() - started) / 1e6;
      }
      Arrays.sort(ms);
      System.out.printf("| %,d | %.0f | %.2f | %d |%n", body.length(), ms[ROUNDS / 2], ms[ROUNDS / 2] * 1000 / body.length(), actors);
    }
  }

  /** The corpus's article bodies joined, one a paragraph, up to {@code chars} characters. */
  private static String bodies(Path corpus, int chars) throws IOException {
    StringBuilder text = new StringBuilder();
    if (Files.isDirectory(corpus)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(corpus)) {
        files = walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).sorted().toList();
      }
      for (Path file : files) {
        if (text.length() >= chars) {
          break;
        }
        appendBody(text, Files.readString(file));
      }
      return text.toString();
    }
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(corpus));
        TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(raw))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null && text.length() < chars) {
        if (entry.isFile() && entry.getName().endsWith(".txt")) {
          appendBody(text, new String(tar.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return text.toString();
  }

  private static void appendBody(StringBuilder text, String record) {
    int start = record.indexOf("<TEXT>");
    int end = record.indexOf("</TEXT>");
    if (start >= 0 && end > start) {
      text.append(record, start + "<TEXT>".length(), end).append('\n');
    }
  }
}
