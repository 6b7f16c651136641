package org.marsad.enrich;
import java.nio.file.*;
public class TmpTeaser {
  public static void main(String[] a) throws Exception {
    TeaserFinder f = new TeaserFinder(new ArabicKey());
    for (String line : Files.readAllLines(Path.of("/work/data-cache/label-sample.tsv")).subList(0, 140)) {
      String p = line.split("\t")[1];
      if (!p.startsWith("CNN")) continue;
      String s = Files.readString(Path.of("/work/data-cache/ms", p));
      String title = s.replaceAll("(?s).*<TITLE>(.*?)</TITLE>.*", "$1").strip();
      String body = s.replaceAll("(?s).*<TEXT>(.*?)</TEXT>.*", "$1").strip();
      int end = f.articleEnd(title, body);
      System.out.println(p + " cut " + (body.length() - end) + " of " + body.length() + " lines " + body.substring(end).split("\n").length);
    }
  }
}
