package dev.diplomacy.examples;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.actors.Organization;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.When;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonReader;
import dev.diplomacy.json.format.DiplomacyJsonException;
import dev.diplomacy.json.format.ErrorPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A consumer application, in the style of an app that depends on the library: it streams an NDJSON
 * file of events, keeps those that match an actor, a country and a period, and counts the
 * interactions between each pair of countries.
 *
 * <pre>{@code
 * InteractionCounter counter = InteractionCounter.of(actors.actors())
 *     .withCountry(Country.of("KP"))
 *     .withPeriod(DateSpan.parse("2017/2018"));
 * try (InputStream in = Files.newInputStream(events)) {
 *   InteractionCounter.Counts counts = counter.count(in, bad -> System.err.println(bad.getMessage()));
 *   counts.pairs().forEach((pair, n) -> System.out.println(pair + " " + n));
 * }
 * }</pre>
 *
 * <p>The country of an actor is a state's country, a person's nationality or an organisation's
 * country, from a dossier of actors; an actor the dossier does not have, or who has no country, has
 * none. An event is an interaction between every two distinct countries of its participants: a
 * meeting of Cuban, Russian and North Korean officials counts once for {@code CU-KP}, {@code CU-RU}
 * and {@code KP-RU}. Events with fewer than two countries count for no pair.
 *
 * <p>Run it on the shipped data ({@link InteractionData}, 500 generated events) with {@code mvn -B
 * -q -pl examples -am package -DskipTests exec:java
 * -Dexec.mainClass=dev.diplomacy.examples.InteractionCounter -Dexec.args="--country KP --period
 * 2017/2018"}.
 */
public final class InteractionCounter {

  private final Map<Id, Country> countries;
  private final Optional<Id> actor;
  private final Optional<Country> country;
  private final Optional<DateSpan> period;

  private InteractionCounter(
      Map<Id, Country> countries,
      Optional<Id> actor,
      Optional<Country> country,
      Optional<DateSpan> period) {
    this.countries = countries;
    this.actor = actor;
    this.country = country;
    this.period = period;
  }

  /** A counter that knows the countries of {@code actors}, and keeps every event. */
  public static InteractionCounter of(Collection<? extends Actor> actors) {
    Map<Id, Country> countries = new HashMap<>();
    for (Actor a : actors) {
      countryOf(a).ifPresent(c -> countries.put(a.id(), c));
    }
    return new InteractionCounter(
        Map.copyOf(countries), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static Optional<Country> countryOf(Actor actor) {
    if (actor instanceof State s) {
      return Optional.of(s.country());
    }
    if (actor instanceof Person p) {
      return p.nationality();
    }
    return ((Organization) actor).country();
  }

  /** This counter, keeping only the events in which {@code actor} takes part. */
  public InteractionCounter withActor(Id actor) {
    return new InteractionCounter(countries, Optional.of(actor), country, period);
  }

  /**
   * This counter, keeping only the events in {@code country} (the place's country) or with a
   * participant of {@code country}.
   */
  public InteractionCounter withCountry(Country country) {
    return new InteractionCounter(countries, actor, Optional.of(country), period);
  }

  /**
   * This counter, keeping only the events that happened within {@code period} for certain: from
   * their first day to their last. Events without a date are left out.
   */
  public InteractionCounter withPeriod(DateSpan period) {
    return new InteractionCounter(countries, actor, country, Optional.of(period));
  }

  /** The country of the actor {@code id}, when the dossier of actors gives one. */
  public Optional<Country> countryOf(Id id) {
    return Optional.ofNullable(countries.get(id));
  }

  /** The distinct countries of the event's participants, in order of their codes. */
  public SortedSet<Country> countries(Event event) {
    SortedSet<Country> out = new TreeSet<>();
    for (Id id : event.actorIds()) {
      countryOf(id).ifPresent(out::add);
    }
    return out;
  }

  /** True when the event passes the actor, country and period filters. */
  public boolean matches(Event event) {
    if (actor.isPresent() && !event.actorIds().contains(actor.get())) {
      return false;
    }
    if (country.isPresent()
        && !event.place().flatMap(Place::country).equals(country)
        && !countries(event).contains(country.get())) {
      return false;
    }
    if (period.isPresent()) {
      Optional<When> when = event.when();
      return when.isPresent()
          && period.get().contains(when.get().date())
          && period.get().contains(when.get().last());
    }
    return true;
  }

  /**
   * Counts the interactions of the events of an NDJSON stream, read line by line. Bad lines are
   * skipped and handed to {@code badLines}, with their line numbers.
   */
  public Counts count(InputStream ndjson, Consumer<DiplomacyJsonException> badLines) {
    Tally tally = new Tally();
    try (NdjsonReader<Event> events =
        NdjsonReader.of(
            DiplomacyJson.strict(),
            Event.class,
            ndjson,
            ErrorPolicy.skipAndReport(
                e -> {
                  tally.badLines++;
                  badLines.accept(e);
                }))) {
      events.forEachRemaining(tally::add);
    }
    return tally.counts();
  }

  /** Counts the interactions of {@code events}. */
  public Counts count(Iterable<? extends Event> events) {
    Tally tally = new Tally();
    events.forEach(tally::add);
    return tally.counts();
  }

  private final class Tally {
    final SortedMap<Pair, Long> pairs = new TreeMap<>();
    long events;
    long matched;
    long withoutPair;
    long badLines;

    void add(Event event) {
      events++;
      if (!matches(event)) {
        return;
      }
      matched++;
      List<Country> cs = new ArrayList<>(countries(event));
      if (cs.size() < 2) {
        withoutPair++;
      }
      for (int i = 0; i < cs.size(); i++) {
        for (int j = i + 1; j < cs.size(); j++) {
          pairs.merge(new Pair(cs.get(i), cs.get(j)), 1L, Long::sum);
        }
      }
    }

    Counts counts() {
      return new Counts(pairs, events, matched, withoutPair, badLines);
    }
  }

  /**
   * Two distinct countries, the first before the second in order of their codes.
   *
   * @param first the country whose code comes first
   * @param second the other
   */
  public record Pair(Country first, Country second) implements Comparable<Pair> {

    public Pair {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
      if (first.compareTo(second) >= 0) {
        throw new IllegalArgumentException(
            "a pair holds two countries in order: " + first + ", " + second);
      }
    }

    /** The pair of {@code a} and {@code b}, in either order. */
    public static Pair of(Country a, Country b) {
      return a.compareTo(b) < 0 ? new Pair(a, b) : new Pair(b, a);
    }

    @Override
    public int compareTo(Pair other) {
      return Comparator.comparing(Pair::first).thenComparing(Pair::second).compare(this, other);
    }

    /** {@code CU-KP}. */
    @Override
    public String toString() {
      return first + "-" + second;
    }
  }

  /**
   * What a count found.
   *
   * @param pairs the interactions of each pair of countries, in order of the pairs
   * @param events the events read
   * @param matched the events that passed the filters
   * @param withoutPair the events that passed the filters but have fewer than two countries
   * @param badLines the lines skipped as invalid
   */
  public record Counts(
      SortedMap<Pair, Long> pairs, long events, long matched, long withoutPair, long badLines) {

    public Counts {
      pairs = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(pairs));
    }

    /**
     * The interactions of {@code a} and {@code b}, in either order; 0 for a country with itself.
     */
    public long between(Country a, Country b) {
      return a.equals(b) ? 0 : pairs.getOrDefault(Pair.of(a, b), 0L);
    }

    /** The pairs, most interactions first, then in order of the pairs: {@code CU-KP 12}. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      pairs.entrySet().stream()
          .sorted(
              Map.Entry.<Pair, Long>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> lines.add(String.format("%-7s %5d", e.getKey(), e.getValue())));
      return lines;
    }
  }

  /**
   * Counts interactions and prints them. Arguments: {@code [--actors ACTORS.json] [--actor ID]
   * [--country CODE] [--period SPAN] [EVENTS.ndjson]}; without files, the shipped data ({@link
   * InteractionData}). A period is {@code 2017/2018}, {@code 2018-03/2018-06} or {@code 2016/..}.
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int exit = run(args, out, err);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  /**
   * {@link #main} on the given streams; returns the exit code: 0, 1 for bad lines, 2 for bad
   * arguments.
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Optional<Path> actorsFile = Optional.empty();
    Optional<Path> eventsFile = Optional.empty();
    Optional<Id> actor = Optional.empty();
    Optional<Country> country = Optional.empty();
    Optional<DateSpan> period = Optional.empty();
    try {
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--actors" -> actorsFile = Optional.of(Path.of(value(args, ++i, arg)));
          case "--actor" -> actor = Optional.of(Id.of(value(args, ++i, arg)));
          case "--country" -> country = Optional.of(Country.of(value(args, ++i, arg)));
          case "--period" -> period = Optional.of(DateSpan.parse(value(args, ++i, arg)));
          default -> {
            if (arg.startsWith("--") || eventsFile.isPresent()) {
              throw new IllegalArgumentException("unknown argument: " + arg);
            }
            eventsFile = Optional.of(Path.of(arg));
          }
        }
      }
    } catch (IllegalArgumentException e) {
      // a bad path, or a ValidationException: a bad id, country code or period
      err.println("InteractionCounter: " + e.getMessage());
      err.println(
          "usage: InteractionCounter [--actors ACTORS.json] [--actor ID] [--country CODE] [--period SPAN] [EVENTS.ndjson]");
      return 2;
    }
    try {
      Dossier actors =
          actorsFile.isPresent()
              ? DiplomacyJson.strict().read(Files.readAllBytes(actorsFile.get()), Dossier.class)
              : eventsFile.isPresent() ? Dossier.builder().build() : InteractionData.actors();
      InteractionCounter counter = of(actors.actors());
      counter = actor.map(counter::withActor).orElse(counter);
      counter = country.map(counter::withCountry).orElse(counter);
      counter = period.map(counter::withPeriod).orElse(counter);
      Counts counts;
      try (InputStream in =
          eventsFile.isPresent()
              ? Files.newInputStream(eventsFile.get())
              : InteractionData.shippedEvents()) {
        counts = counter.count(in, bad -> err.println(bad.getMessage()));
      }
      out.printf(
          "%d events read, %d kept, %d of them between fewer than two known countries%s%n",
          counts.events(),
          counts.matched(),
          counts.withoutPair(),
          counts.badLines() == 0 ? "" : "; " + counts.badLines() + " bad lines skipped");
      counts.lines().forEach(out::println);
      return counts.badLines() == 0 ? 0 : 1;
    } catch (IOException | UncheckedIOException e) {
      err.println("InteractionCounter: cannot read: " + e.getMessage());
      return 2;
    } catch (DiplomacyJsonException e) {
      err.println("InteractionCounter: the actors are not a valid dossier: " + e.getMessage());
      return 1;
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
