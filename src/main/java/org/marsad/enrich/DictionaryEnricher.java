package org.marsad.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags the facet values whose surface forms appear in the title, abstract or body, with every
 * mention as evidence. Immutable and thread safe.
 */
public final class DictionaryEnricher implements Enricher {

  private final Map<FacetType, GazetteerMatcher> matchers = new LinkedHashMap<>();

  public DictionaryEnricher(KnowledgeBase knowledgeBase) {
    ArabicKey keys = new ArabicKey();
    for (FacetType type : FacetType.values()) {
      GazetteerMatcher matcher = new GazetteerMatcher(keys);
      knowledgeBase.surfaces(type).forEach((id, forms) -> forms.forEach(form -> matcher.add(id, form)));
      matchers.put(type, matcher);
    }
  }

  @Override
  public Enrichment enrich(TaggableText text) {
    return new Enrichment(
        tags(FacetType.ACTOR, text), tags(FacetType.COUNTRY, text), tags(FacetType.TOPIC, text));
  }

  private List<Tag> tags(FacetType type, TaggableText text) {
    Map<String, List<Evidence>> found = new LinkedHashMap<>();
    collect(type, "title", text.title(), found);
    collect(type, "abstract", text.abstractText(), found);
    collect(type, "body", text.body(), found);
    List<Tag> tags = new ArrayList<>();
    found.forEach((id, evidence) -> tags.add(new Tag(id, evidence.size(), evidence)));
    tags.sort(Comparator.comparingDouble(Tag::score).reversed());
    return tags;
  }

  private void collect(FacetType type, String field, String text, Map<String, List<Evidence>> found) {
    if (text == null || text.isEmpty()) {
      return;
    }
    for (GazetteerMatcher.Match m : matchers.get(type).find(text)) {
      found.computeIfAbsent(m.id(), id -> new ArrayList<>())
          .add(new Evidence(field, m.start(), m.end(), text.substring(m.start(), m.end())));
    }
  }
}
