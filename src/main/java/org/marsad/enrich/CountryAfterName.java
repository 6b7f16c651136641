package org.marsad.enrich;

import java.util.HashSet;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Whether another country's name or adjective right after an organisation's name says it is another
 * country's body: المفوضية العليا للانتخابات في العراق is Iraq's, not Libya's; مجلس النواب الأميركي is
 * not Libya's House of Representatives. One rule for the tagger's known aliases ({@link ActorTagger})
 * and for discovered names it would take for a known body ({@link KnownDiscoveries}). Immutable and
 * thread safe.
 */
final class CountryAfterName {

  /** The first word of every country's names and adjectives, folded: to tell وإيران (and Iran) from a name. */
  private final Set<String> countryFirstWords = new HashSet<>();

  CountryAfterName(KnowledgeBase kb, ArabicNormaliser normaliser) {
    kb.countries().forEach(c -> kb.aliases(FacetType.COUNTRY, c.id()).forEach(name ->
        TextToken.foldedWords(name, normaliser).stream().findFirst().ifPresent(countryFirstWords::add)));
  }

  /**
   * Whether the words from {@code first} to {@code after} (exclusive) are followed by a country other
   * than {@code own}, directly or after في. A name that names its country itself keeps it (القوات
   * الروسية في سوريا are Russia's), and a country after و or ف is coordinated with it, not its
   * qualifier (حزب الله وإيران).
   *
   * @param countryAt the country each word of the field names, or null ({@link TaggedField#idsAt})
   */
  boolean follows(TaggedField field, String[] countryAt, int first, int after, String own) {
    if (after >= countryAt.length || !field.joined(after - 1) || conjoined(field.normalised().get(after))) {
      return false;
    }
    for (int t = first; t < after; t++) {
      if (countryAt[t] != null) {
        return false;
      }
    }
    String next = countryAt[after];
    if (next == null && ArabicMorphology.IN.equals(field.normalised().get(after)) && after + 1 < countryAt.length && field.joined(after)) {
      next = countryAt[after + 1];
    }
    return next != null && !next.equals(own);
  }

  /** Whether a word is a country's name behind و or ف. */
  private boolean conjoined(String word) {
    String bare = ArabicMorphology.withoutConjunction(word);
    return !bare.equals(word) && !countryFirstWords.contains(word) && countryFirstWords.contains(bare);
  }
}
