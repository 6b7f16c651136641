package org.marsad.solr.analysis;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The forms a {@link StackingFilter} gives each word, worked out once per word and remembered.
 * News text repeats its words (a few thousand make up most of any article), and working out a
 * word's stems or name keys builds several strings each time: measured on multi-source articles,
 * the clitic-stem and name-key filters were about half of the index-side analysis CPU.
 *
 * <p>One instance serves every token stream of a filter factory (one field type's analyzer), so it
 * is thread safe; the forms of a word never change (the word lists are read once, at load), so a
 * remembered answer is the answer. Bounded: past {@value #MAX_WORDS} words it starts again empty,
 * which keeps the most frequent words remembered soon enough and the memory small (a few MB).
 */
final class WordForms {

  /** Words remembered at most; news vocabulary beyond this is the long tail. */
  static final int MAX_WORDS = 16_384;

  private final Function<String, List<String>> compute;
  private final ConcurrentHashMap<String, List<String>> known = new ConcurrentHashMap<>();

  /** @param compute a word's forms; it must depend on the word alone */
  WordForms(Function<String, List<String>> compute) {
    this.compute = compute;
  }

  /** The word's forms (unmodifiable), the first the one that takes its place; empty to drop it. */
  List<String> of(String word) {
    List<String> forms = known.get(word);
    if (forms == null) {
      forms = List.copyOf(compute.apply(word));
      if (known.size() >= MAX_WORDS) {
        known.clear();
      }
      known.put(word, forms);
    }
    return forms;
  }
}
