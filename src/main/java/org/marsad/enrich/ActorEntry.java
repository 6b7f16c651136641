package org.marsad.enrich;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * A person or organisation of the knowledge base (kb/actors.yaml).
 *
 * @param id a stable slug
 * @param type person or organization
 * @param en the English Wikipedia title
 * @param country the affiliated country (ISO 3166-1 alpha-2), or null for international bodies
 * @param aliases names that identify the actor by themselves
 * @param weak names that are generic alone (الجيش الوطني): they count only when the text also names
 *     the actor's country or the actor by one of its aliases
 * @param bare a body's bare name (الشرطة) that counts by itself in a text about the actor's country
 *     ({@link BareBodies}): one actor per country and name
 * @param sport names that count only on a sport page (برشلونة is the club there, the city elsewhere)
 * @param home a club's bare name that is a common word even on a sport page (الشباب is youth, التعاون
 *     cooperation): it counts only on a sport page whose most named country is the club's
 * @param weakIn topics in whose texts a weak name counts by itself: القاعدة is al-Qaeda in a text about
 *     terrorism
 * @param weakNotIn topics that keep {@code weakIn} from counting: in a text about military bases too, a
 *     bare القاعدة is mostly a base
 * @param weakWhere countries besides its own whose naming lets the weak names count: where the actor
 *     acts (التحالف is the Saudi-led coalition in a text about Yemen that names no Saudi Arabia)
 * @param often a platform's bare name (فيسبوك، تويتر) that counts only where the text writes it often
 *     and not as the medium something was posted on ({@link PlatformMentions}): the story is about the
 *     company
 * @param written a name that is another word once its hamza is folded or a clitic is read off it (أبل, Apple:
 *     إبل camels, وابل a volley, بابل Babylon): it counts only where the text writes it as listed, its hamza
 *     too, with at most a conjunction or a preposition joined in front (وأبل، لأبل)
 * @param generated whether the entry comes from a generated file (governments.yaml, national-teams.yaml,
 *     institutions.yaml: one per country) rather than from curation; set by the loader, not the file
 */
public record ActorEntry(
    String id, ActorType type, String en, String ar, String country, List<String> aliases, List<String> weak,
    List<String> bare, List<String> sport, List<String> home, List<String> weakIn, List<String> weakNotIn, List<String> weakWhere,
    List<String> often, List<String> written, @JsonIgnore boolean generated) {

  public ActorEntry {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    weak = weak == null ? List.of() : List.copyOf(weak);
    bare = bare == null ? List.of() : List.copyOf(bare);
    sport = sport == null ? List.of() : List.copyOf(sport);
    home = home == null ? List.of() : List.copyOf(home);
    weakIn = weakIn == null ? List.of() : List.copyOf(weakIn);
    weakNotIn = weakNotIn == null ? List.of() : List.copyOf(weakNotIn);
    weakWhere = weakWhere == null ? List.of() : List.copyOf(weakWhere);
    often = often == null ? List.of() : List.copyOf(often);
    written = written == null ? List.of() : List.copyOf(written);
  }

  public ActorEntry(String id, ActorType type, String en, String ar, String country, List<String> aliases, List<String> weak) {
    this(id, type, en, ar, country, aliases, weak, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), false);
  }

  /** The countries whose naming lets the weak names count: the actor's own, then {@code weakWhere}. */
  @JsonIgnore
  public List<String> weakCountries() {
    return country == null ? weakWhere : Stream.concat(Stream.of(country), weakWhere.stream()).toList();
  }

  /** The same entry with one more alias, written after the others. */
  ActorEntry withAlias(String alias) {
    return withAliases(List.of(alias));
  }

  /** The same entry with more aliases, written after the others in their order. */
  ActorEntry withAliases(Collection<String> more) {
    List<String> all = Stream.concat(aliases.stream(), more.stream()).toList();
    return new ActorEntry(id, type, en, ar, country, all, weak, bare, sport, home, weakIn, weakNotIn, weakWhere, often, written, generated);
  }

  /** The same entry, marked as coming from a generated file. */
  ActorEntry asGenerated() {
    return new ActorEntry(id, type, en, ar, country, aliases, weak, bare, sport, home, weakIn, weakNotIn, weakWhere, often, written, true);
  }
}
