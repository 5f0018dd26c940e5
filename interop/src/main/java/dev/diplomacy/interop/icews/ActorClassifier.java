package dev.diplomacy.interop.icews;

import dev.diplomacy.core.actors.ActorKind;
import dev.diplomacy.core.actors.NameKey;
import dev.diplomacy.core.actors.OrganizationKind;
import dev.diplomacy.core.geography.Country;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides, from an ICEWS actor's name and sectors, whether it is a state, a person or an
 * organisation, and what kind of organisation. ICEWS gives no such field; this is a heuristic,
 * documented in {@link IcewsImporter}, and the sectors are kept on the actor so that a user can
 * correct it.
 */
final class ActorClassifier {

  /** What an actor was taken for. */
  record Kind(
      ActorKind actorKind, OrganizationKind organizationKind, Optional<Country> stateCountry) {

    static Kind state(Country country) {
      return new Kind(ActorKind.STATE, OrganizationKind.OTHER, Optional.of(country));
    }

    static Kind person() {
      return new Kind(ActorKind.PERSON, OrganizationKind.OTHER, Optional.empty());
    }

    static Kind organization(OrganizationKind kind) {
      return new Kind(ActorKind.ORGANIZATION, kind, Optional.empty());
    }
  }

  /** Names ICEWS gives where it could not tell who acted. */
  private static final Set<String> PLACEHOLDERS =
      Set.of("unspecified actor", "unidentified state actor");

  /** Words that make a name an organisation's, not a person's: "Party", "Council", "Agency"... */
  private static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "party",
          "parties",
          "congress",
          "union",
          "nations",
          "organization",
          "organisation",
          "organizations",
          "organisations",
          "council",
          "commission",
          "committee",
          "agency",
          "service",
          "services",
          "bureau",
          "department",
          "ministry",
          "ministries",
          "office",
          "authority",
          "bank",
          "police",
          "army",
          "navy",
          "forces",
          "force",
          "front",
          "movement",
          "league",
          "association",
          "chamber",
          "institute",
          "parliament",
          "court",
          "assembly",
          "government",
          "corporation",
          "company",
          "co",
          "inc",
          "ltd",
          "llc",
          "group",
          "news",
          "press",
          "times",
          "media",
          "television",
          "radio",
          "network",
          "foundation",
          "university",
          "college",
          "school",
          "church",
          "federation",
          "alliance",
          "coalition",
          "secretariat",
          "board",
          "administration",
          "guard",
          "corps",
          "brigade",
          "brigades",
          "battalion",
          "militia",
          "embassy",
          "consulate",
          "mission",
          "fund",
          "program",
          "programme",
          "industries",
          "motors",
          "airlines",
          "airways",
          "systems",
          "state",
          "states",
          "republic",
          "kingdom",
          "society",
          "club",
          "center",
          "centre",
          "hospital",
          "tribunal",
          "senate",
          "house",
          "cabinet",
          "conference",
          "community",
          "directorate",
          "division",
          "command",
          "rights",
          "watch",
          "cross",
          "crescent",
          "airport",
          "railway",
          "railways",
          // Hindi "union, association": Rashtriya Swayamsevak Sangh, Bharatiya Mazdoor Sangh.
          "sangh",
          // Sanskrit and Hindi "army": Shiv Sena, Ranvir Sena; also a Portuguese surname (Jorge
          // de Sena), whom it makes an organisation.
          "sena",
          // Hindi "party, group": Janata Dal, Shiromani Akali Dal.
          "dal",
          // Hindi "front": Jharkhand Mukti Morcha, Gorkha Janmukti Morcha.
          "morcha",
          // Hindi "assembly": the Lok Sabha, the Rajya Sabha, a state's Vidhan Sabha.
          "sabha",
          // Ukrainian and Belarusian "council": the Verkhovna Rada of Ukraine.
          "rada",
          "duma",
          "knesset",
          "majlis",
          "jazeera",
          "qaeda",
          "shabaab",
          "hezbollah",
          // Hindi "people", the word that marks India's parties of that family, which ICEWS
          // names without "Party": Bharatiya Janata, Janata Dal, Biju Janata Dal.
          "janata");

  /** Words that make a name a region's: "South Asia", "Caribbean". */
  private static final Set<String> REGION_WORDS =
      Set.of(
          "asia",
          "africa",
          "europe",
          "america",
          "americas",
          "caribbean",
          "oceania",
          "pacific",
          "atlantic",
          "arctic",
          "antarctica",
          "antarctic",
          "balkans",
          "sahel",
          "levant",
          "gulf",
          "mediterranean",
          "eurasia",
          "scandinavia",
          "maghreb",
          "international",
          "global",
          "world");

  /** Lower-case words that may stand in a person's name: "bin", "de", "al". */
  private static final Set<String> PARTICLES =
      Set.of(
          "al", "el", "bin", "bint", "ibn", "de", "del", "della", "der", "den", "di", "da", "das",
          "do", "dos", "du", "la", "le", "van", "von", "y", "e", "zu", "ter", "ten", "ould");

  /** The most words of a person's name. */
  private static final int MAX_PERSON_WORDS = 7;

  private static final Set<String> BEFORE_EAST = Set.of("middle", "far", "near");

  private ActorClassifier() {}

  /** True for the names ICEWS gives where it could not tell who acted: "Unspecified Actor". */
  static boolean isPlaceholder(String name) {
    return isPlaceholder(NameKey.of(name));
  }

  /** True for the key of a placeholder name. */
  static boolean isPlaceholder(NameKey key) {
    return PLACEHOLDERS.contains(key.value());
  }

  /** What the actor named {@code name}, with the ICEWS {@code sectors}, is taken for. */
  static Kind classify(String name, List<String> sectors) {
    Optional<Country> country = Country.findByName(name);
    if (sectors.isEmpty() && country.isPresent()) {
      return Kind.state(country.get());
    }
    if (!isGenericActor(name) && country.isEmpty() && looksLikePerson(name)) {
      return Kind.person();
    }
    return Kind.organization(organizationKind(name, sectors));
  }

  /**
   * True for ICEWS's generic actors: a sector word and, in brackets at the end, the country or
   * organisation: "Citizen (India)", "Police (Philippines)". Plain code in one pass, where a
   * regular expression backtracked on a long name ("a (" many times over).
   */
  static boolean isGenericActor(String name) {
    int close = name.length() - 1;
    if (close < 0 || name.charAt(close) != ')') {
      return false;
    }
    for (int open = name.indexOf('(');
        open >= 0 && open < close - 1;
        open = name.indexOf('(', open + 1)) {
      int word = open;
      while (word > 0 && Character.isWhitespace(name.charAt(word - 1))) {
        word--;
      }
      if (word < open && word > 0) {
        return true; // a word, white space, then the bracket
      }
    }
    return false;
  }

  /**
   * True when {@code name} reads as a person's name: two to seven words, each capitalised or a
   * particle ({@code bin}, {@code de}, {@code al-Assad}); no digits or symbols; no acronym (Roman
   * numerals aside: "Harald V"); no organisation or region word; no "of", "and" or "the", except a
   * monarch's "of" after a numeral ("Abdullah II of Jordan").
   */
  static boolean looksLikePerson(String name) {
    List<String> tokens = words(name.strip());
    if (tokens.size() < 2 || tokens.size() > MAX_PERSON_WORDS) {
      return false;
    }
    int named = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String lower = token.toLowerCase(Locale.ROOT);
      String word = letters(lower);
      if (ORGANIZATION_WORDS.contains(word) || REGION_WORDS.contains(word)) {
        return false;
      }
      if (lower.equals("east")
          && i > 0
          && BEFORE_EAST.contains(tokens.get(i - 1).toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (lower.equals("of") && i > 0 && isRoman(tokens.get(i - 1))) {
        continue;
      }
      if (PARTICLES.contains(lower)) {
        continue;
      }
      for (int c = 0; c < token.length(); c += Character.charCount(token.codePointAt(c))) {
        if (!isNameCharacter(token.codePointAt(c))) {
          return false;
        }
      }
      int dash = lower.indexOf('-');
      boolean particlePrefix = dash > 0 && PARTICLES.contains(lower.substring(0, dash));
      if (!Character.isUpperCase(token.codePointAt(0)) && !particlePrefix) {
        return false;
      }
      String letters = letters(token);
      if (letters.length() >= 2
          && letters.equals(letters.toUpperCase(Locale.ROOT))
          && token.indexOf('.') < 0
          && !isRoman(letters)) {
        return false;
      }
      named++;
    }
    return named >= 2;
  }

  /**
   * The words of {@code text} between runs of ASCII white space (space, tab, line breaks, form
   * feed), as the regular expression {@code \s+} splits it; at most one more than {@value
   * #MAX_PERSON_WORDS}, enough to tell that a name has too many for a person's.
   */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>(MAX_PERSON_WORDS + 1);
    int start = 0;
    for (int i = 0; i <= text.length() && words.size() <= MAX_PERSON_WORDS; i++) {
      if (i == text.length() || isAsciiSpace(text.charAt(i))) {
        if (i > start) {
          words.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    return words;
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The letters of {@code text} ({@code \p{L}}), in order: what is left without the rest. */
  private static String letters(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (!Character.isLetter(c) && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      } else if (Character.isLetter(c) && b != null) {
        b.append(text, i, next);
      }
      i = next;
    }
    return b == null ? text : b.toString();
  }

  /** True when {@code text} is a Roman numeral's letters, I, V, X, L and C, at least one. */
  private static boolean isRoman(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if ("IVXLC".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Letters, accents, and the hyphens, apostrophes and full stops of "Grabar-Kitarović", "O'Neill",
   * "C.P.".
   */
  private static boolean isNameCharacter(int c) {
    return Character.isLetter(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || c == '-'
        || c == '\''
        || c == '\u2019'
        || c == '.';
  }

  /**
   * The kind of an organisation, from its sectors, the first rule that fits: a social group
   * (population, protesters, criminals, insurgents, rebels, dissidents) is {@code OTHER}; then news
   * media, NGO, international organisation, political party, military, legislature, ministry,
   * government, company, and news media again for the plain sector "Media" (after company, so that
   * Disney is a company and the BBC news media); {@code OTHER} when none fits. A government or
   * other organisation whose name says "Embassy" or "Consulate" is an embassy, one whose name says
   * "Ministry" or "Department" a ministry.
   */
  static OrganizationKind organizationKind(String name, List<String> sectors) {
    OrganizationKind kind = bySectors(sectors);
    if (kind == OrganizationKind.GOVERNMENT || kind == OrganizationKind.OTHER) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.contains("embassy") || lower.contains("consulate")) {
        return OrganizationKind.EMBASSY;
      }
      if (lower.contains("ministry") || lower.contains("department")) {
        return OrganizationKind.MINISTRY;
      }
    }
    return kind;
  }

  private static final Set<String> SOCIAL_GROUPS =
      Set.of(
          "General Population / Civilian / Social",
          "Protestors / Popular Opposition / Mobs",
          "Criminals / Gangs",
          "Refugees / Displaced",
          "Unidentified Forces",
          "Insurgents",
          "International Insurgents",
          "Rebel",
          "Separatists",
          "Dissident",
          "International Dissident",
          "Radicals / Extremists / Fundamentalists",
          "International Radicals / Extremists / Fundamentalists",
          "Organized Violent");

  private static final Set<String> MILITARY =
      Set.of("Military", "Army", "Navy", "Air Force", "Marines");

  private static final Set<String> LEGISLATURE =
      Set.of("Legislative / Parliamentary", "Upper House", "Lower House", "Unicameral");

  private static final Set<String> GOVERNMENT =
      Set.of("Government", "Executive", "Executive Office", "Cabinet", "Police", "Judicial");

  private static OrganizationKind bySectors(List<String> sectors) {
    if (any(sectors, SOCIAL_GROUPS::contains)) {
      return OrganizationKind.OTHER;
    }
    if (any(sectors, s -> s.equals("State Media") || s.endsWith("News"))) {
      return OrganizationKind.NEWS_MEDIA;
    }
    if (any(sectors, s -> s.startsWith("Nongovernmental Organization") || s.endsWith("NGOs"))) {
      return OrganizationKind.NGO;
    }
    if (any(
        sectors, s -> s.equals("International Government Organization") || s.endsWith("IGOs"))) {
      return OrganizationKind.INTERNATIONAL_ORGANIZATION;
    }
    if (any(sectors, s -> s.equals("Parties") || s.contains("Party"))) {
      return OrganizationKind.POLITICAL_PARTY;
    }
    if (any(
        sectors, s -> MILITARY.contains(s) || s.startsWith("Army ") || s.startsWith("Military "))) {
      return OrganizationKind.MILITARY;
    }
    if (any(sectors, s -> LEGISLATURE.contains(s))) {
      return OrganizationKind.LEGISLATURE;
    }
    if (any(sectors, s -> s.endsWith("Ministry"))) {
      return OrganizationKind.MINISTRY;
    }
    if (any(sectors, s -> GOVERNMENT.contains(s))) {
      return OrganizationKind.GOVERNMENT;
    }
    if (any(
        sectors,
        s ->
            s.equals("Business")
                || s.endsWith(" Business")
                || s.equals("Multinational Corporation")
                || s.equals("State Owned Enterprises")
                || s.startsWith("State-Owned "))) {
      return OrganizationKind.COMPANY;
    }
    if (sectors.contains("Media")) {
      return OrganizationKind.NEWS_MEDIA;
    }
    return OrganizationKind.OTHER;
  }

  private static boolean any(List<String> sectors, Predicate<String> test) {
    for (int i = 0; i < sectors.size(); i++) {
      if (test.test(sectors.get(i))) {
        return true;
      }
    }
    return false;
  }
}
