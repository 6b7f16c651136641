package org.marsad.enrich;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.solr.analysis.ArabicMorphology;
import org.marsad.solr.analysis.ArabicNormaliser;

/**
 * Resolves an office named without its holder's name to the person who held it the day the text was
 * published (kb/offices.yaml): الرئيس الفرنسي in 2018 is Emmanuel Macron, الأمين العام للأمم المتحدة in
 * 2015 Ban Ki-moon. An office followed by السابق (the former holder) names nobody in particular, and
 * one after نائب or مستشار names someone else (نائب وزير الداخلية is not the minister); a text without a
 * date resolves no office. Immutable and thread safe.
 */
final class OfficeHolders {

  /** Words after an office that point away from the holder of the day. */
  private static final Set<String> FORMER = Set.of("السابق", "السابقه", "الاسبق", "الراحل", "الراحله", "الجديد", "المقبل");

  /** Words before an office that make the phrase another person's post: the deputy, the adviser. */
  private static final Set<String> SOMEONE_ELSES = Set.of("نايب", "مساعد", "وكيل", "مستشار", "معاون", "مبعوث");

  private final PhraseDictionary<OfficeEntry> offices;
  private final Set<String> actorIds;

  OfficeHolders(KnowledgeBase kb, ArabicNormaliser normaliser) {
    offices = new PhraseDictionary<>(normaliser);
    kb.offices().forEach(o -> o.names().forEach(n -> offices.add(n, o)));
    actorIds = Set.copyOf(kb.actors().stream().map(ActorEntry::id).toList());
  }

  /** Adds the holders of the offices the fields name to {@code actors}. */
  void addTo(Map<String, List<Evidence>> actors, List<TaggedField> fields, LocalDate published) {
    if (published == null) {
      return;
    }
    for (TaggedField field : fields) {
      for (PhraseDictionary.Match<OfficeEntry> m : offices.find(field.normalised(), field.readings())) {
        int next = m.first() + m.count();
        if (m.first() < field.firstTagged()
            || (next < field.normalised().size() && FORMER.contains(field.normalised().get(next)))
            || (m.first() > 0 && SOMEONE_ELSES.contains(ArabicMorphology.withoutConjunction(field.normalised().get(m.first() - 1))))) {
          continue;
        }
        String holder = m.values().get(0).holderOn(published);
        if (holder != null && actorIds.contains(holder)) {
          actors.computeIfAbsent(holder, id -> new ArrayList<>()).add(field.evidence(m.first(), m.count()));
        }
      }
    }
  }
}
