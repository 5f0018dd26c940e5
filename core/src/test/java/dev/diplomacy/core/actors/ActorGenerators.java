package dev.diplomacy.core.actors;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid actors and their parts, for any test that needs them (round
 * trips, dossiers, resolution). Every value they give builds without error.
 */
public final class ActorGenerators {

  private ActorGenerators() {}

  private static final List<String> WORDS =
      List.of(
          "Kim",
          "Jong-un",
          "Jong-il",
          "Il-sung",
          "Ri",
          "Su-yong",
          "Raúl",
          "Castro",
          "Ruz",
          "Fidel",
          "Bashar",
          "al-Assad",
          "Nicolás",
          "Maduro",
          "Sergei",
          "Lavrov",
          "O’Brien",
          "Łukasz",
          "Søren",
          "Müller",
          "김정은",
          "Ким",
          "Workers'",
          "Party",
          "of",
          "Korea",
          "KCNA",
          "TASS");

  private static final List<String> LANGUAGES = List.of("en", "ko", "es", "ru", "zh-Hant", "pt-BR");

  private static final List<String> DESCRIPTIONS =
      List.of("Supreme Leader of North Korea", "Foreign Minister of Russia", "state news agency");

  /** A number from {@code min} to {@code max}, inclusive. */
  private static Gen<Integer> range(int min, int max) {
    return Generate.range(min, max);
  }

  /** Up to {@code max} values of {@code gen}. */
  private static <T> Gen<List<T>> upTo(int max, Gen<T> gen) {
    return in -> {
      int n = range(0, max).generate(in);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(gen.generate(in));
      }
      return out;
    };
  }

  /** Slug ids such as {@code castro-17}. */
  public static Gen<Id> ids() {
    return in -> Id.slug(Generate.pick(WORDS).generate(in) + " " + range(1, 999).generate(in));
  }

  /** Names of one to three words, some with a language tag. */
  public static Gen<Name> names() {
    Gen<String> text =
        upTo(2, Generate.pick(WORDS))
            .zip(
                Generate.pick(WORDS),
                (more, first) -> first + (more.isEmpty() ? "" : " " + String.join(" ", more)));
    Gen<Optional<String>> language = Generate.pick(LANGUAGES).toOptionals(50);
    return text.zip(language, (t, l) -> l.map(tag -> Name.of(t, tag)).orElseGet(() -> Name.of(t)));
  }

  /** Countries, current and former. */
  public static Gen<Country> countries() {
    return Generate.pick(Country.all());
  }

  /** Partial dates from 1900 to 2030, of every precision. */
  public static Gen<PartialDate> partialDates() {
    return in -> {
      int year = range(1900, 2030).generate(in);
      switch (range(0, 2).generate(in)) {
        case 0:
          return PartialDate.ofYear(year);
        case 1:
          return PartialDate.ofYearMonth(year, range(1, 12).generate(in));
        default:
          return PartialDate.of(year, range(1, 12).generate(in), range(1, 28).generate(in));
      }
    };
  }

  /** A partial date that is not before {@code from}. */
  private static Gen<PartialDate> notBefore(PartialDate from) {
    return partialDates().map(d -> d.isBefore(from) ? from : d);
  }

  /** Spans, open or closed, starting no later than {@code latestStart} when it is given. */
  private static Gen<DateSpan> spans(Optional<PartialDate> latestStart) {
    return in -> {
      PartialDate start = partialDates().generate(in);
      if (latestStart.isPresent() && start.isAfter(latestStart.get())) {
        start = latestStart.get();
      }
      return range(0, 1).generate(in) == 0
          ? DateSpan.since(start)
          : DateSpan.of(start, notBefore(start).generate(in));
    };
  }

  /** Positions, with or without organisation, country and span. */
  public static Gen<Position> positions() {
    return positions(Optional.empty());
  }

  private static Gen<Position> positions(Optional<PartialDate> died) {
    return in ->
        Position.builder()
            .title(
                Generate.pick(List.of("Vice Chairman", "Foreign Minister", "First Secretary"))
                    .generate(in))
            .organization(ids().toOptionals(50).generate(in))
            .country(countries().toOptionals(50).generate(in))
            .held(spans(died).toOptionals(30).generate(in))
            .build();
  }

  /** External ids, Wikidata and others. */
  public static Gen<ExternalId> externalIds() {
    Gen<ExternalId> wikidata = range(1, 9_999_999).map(n -> ExternalId.wikidata("Q" + n));
    Gen<ExternalId> cameo =
        Generate.pick(List.of("PRKGOV", "CUBGOV", "RUSGOV", "SYRMIL"))
            .map(c -> ExternalId.of("cameo", c));
    return Generate.oneOf(wikidata, cameo);
  }

  /** Extension values, nested at most once. */
  public static Gen<ExtensionValue> extensionValues() {
    Gen<ExtensionValue> scalar =
        Generate.oneOf(
            Generate.pick(List.of("high", "low", "")).map(ExtensionValue::of),
            range(-1000, 1000).map(n -> ExtensionValue.of(BigDecimal.valueOf(n, 2))),
            Generate.booleans().map(ExtensionValue::of),
            Generate.constant(ExtensionValue.ofNull()));
    Gen<ExtensionValue> list = upTo(3, scalar).map(ExtensionValue.ListValue::new);
    Gen<ExtensionValue> map =
        upTo(3, scalar)
            .map(
                values -> {
                  Map<String, ExtensionValue> members = new LinkedHashMap<>();
                  for (int i = 0; i < values.size(); i++) {
                    members.put("m" + i, values.get(i));
                  }
                  return new ExtensionValue.MapValue(members);
                });
    return Generate.frequency(
        List.of(
            org.quicktheories.api.Pair.of(6, scalar),
            org.quicktheories.api.Pair.of(1, list),
            org.quicktheories.api.Pair.of(1, map)));
  }

  /** Valid extension maps, with up to three entries. */
  public static Gen<Map<String, ExtensionValue>> extensions() {
    return upTo(3, extensionValues())
        .map(
            values -> {
              Map<String, ExtensionValue> out = new LinkedHashMap<>();
              for (int i = 0; i < values.size(); i++) {
                out.put("acme:property" + i, values.get(i));
              }
              return out;
            });
  }

  /** Other names that repeat neither the primary name nor each other. */
  private static Gen<List<Name>> otherNames(Name primary) {
    return upTo(3, names())
        .map(
            list -> {
              Set<Name> distinct = new LinkedHashSet<>(list);
              distinct.remove(primary);
              return List.copyOf(distinct);
            });
  }

  private static Gen<List<ExternalId>> distinctExternalIds() {
    return upTo(3, externalIds()).map(list -> List.copyOf(new LinkedHashSet<>(list)));
  }

  /** Persons with every attribute varied, dates consistent. */
  public static Gen<Person> persons() {
    return in -> {
      Name name = names().generate(in);
      Optional<PartialDate> born = partialDates().toOptionals(50).generate(in);
      Optional<PartialDate> died =
          range(0, 1).generate(in) == 0
              ? Optional.empty()
              : Optional.of(
                  born.map(b -> notBefore(b).generate(in))
                      .orElseGet(() -> partialDates().generate(in)));
      return Person.builder()
          .id(ids().generate(in))
          .name(name)
          .otherNames(otherNames(name).generate(in))
          .externalIds(distinctExternalIds().generate(in))
          .description(Generate.pick(DESCRIPTIONS).toOptionals(50).generate(in))
          .extensions(extensions().generate(in))
          .nationality(countries().toOptionals(30).generate(in))
          .positions(upTo(3, positions(died)).generate(in))
          .born(born)
          .died(died)
          .deceased(died.isEmpty() && range(0, 9).generate(in) == 0)
          .build();
    };
  }

  /** Organisations of every kind, some with a parent. */
  public static Gen<Organization> organizations() {
    return in -> {
      Id id = ids().generate(in);
      Name name = names().generate(in);
      return Organization.builder()
          .id(id)
          .name(name)
          .otherNames(otherNames(name).generate(in))
          .externalIds(distinctExternalIds().generate(in))
          .description(Generate.pick(DESCRIPTIONS).toOptionals(50).generate(in))
          .extensions(extensions().generate(in))
          .organizationKind(Generate.enumValues(OrganizationKind.class).generate(in))
          .country(countries().toOptionals(30).generate(in))
          .parent(ids().toOptionals(50).generate(in).filter(p -> !p.equals(id)))
          .build();
    };
  }

  /** States of any country, some with other names and ids. */
  public static Gen<State> states() {
    return in -> {
      Country country = countries().generate(in);
      Name name = Name.of(country.name());
      return State.builder()
          .id(Id.slug(country.name()))
          .name(name)
          .otherNames(otherNames(name).generate(in))
          .externalIds(distinctExternalIds().generate(in))
          .description(Generate.pick(DESCRIPTIONS).toOptionals(70).generate(in))
          .extensions(extensions().generate(in))
          .country(country)
          .build();
    };
  }

  /** Actors of all three kinds. */
  public static Gen<Actor> actors() {
    return Generate.oneOf(
        persons().map(p -> (Actor) p), organizations().map(o -> o), states().map(s -> s));
  }
}
