package dev.diplomacy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.diplomacy.core.ModelWalk;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.codes.Coding;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.json.format.internal.Codecs;
import dev.diplomacy.json.format.internal.JsonCodec;
import dev.diplomacy.json.format.internal.ObjectCodec;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every attribute of every type of the model reaches the JSON and comes back: found by reflection,
 * as {@code TextRuleCoverageTest} finds text attributes, so that an attribute added later is
 * covered without being listed here. The hand-written writers ({@link
 * ObjectCodec.Builder#writtenBy}) repeat each property's declaration, and {@link HandWritersTest}
 * compares them with the declared properties only; a property left out of both, or written and not
 * declared, is caught here.
 *
 * <p>The types are every class of the core that Immutables implements (a public abstract class
 * {@code X} with a generated {@code ImmutableX}), the events and actors among them. Their accessors
 * are every public method without parameters, inherited ones too ({@link Event}'s, {@link
 * Actor}'s): each is an attribute (it has a {@code withX} copy) or is listed below as derived, with
 * the reason it need not be written. For each attribute, two values of a type that differ in that
 * attribute only (a generated value, and its copy with the attribute of another) must write
 * different JSON, and each must read back equal.
 */
class AttributeCoverageTest {

  private static final DiplomacyJson JSON = DiplomacyJson.lenient();

  /**
   * The accessors that are not attributes, by the type that declares them (and its subtypes), with
   * why they need no place in the JSON: each is computed from attributes that have one.
   */
  private static final Map<String, String> DERIVED =
      Map.ofEntries(
          Map.entry(
              "Event.kind",
              "fixed by the type: written as \"type\" and read by choosing the kind's codec"),
          Map.entry("Actor.kind", "fixed by the type, as an event's kind is"),
          Map.entry("Event.actorIds", "the distinct actors of participants()"),
          Map.entry("Actor.allNames", "name() followed by otherNames()"),
          Map.entry(
              "Actor.homeCountry",
              "a state's country, a person's nationality or an organisation's country, written"),
          Map.entry(
              "Message.participants", "made of sender, recipients and envoy, which are written"),
          Map.entry("Message.replyTo", "the target of the message's REPLY_TO link in links()"),
          Map.entry("Person.hasDied", "died() given or deceased(), both written"),
          Map.entry(
              "SupportPledge.participants", "made of pledger and beneficiary, which are written"),
          Map.entry("Visit.participants", "made of visitors and host, which are written"),
          Map.entry(
              "Agreement.sides",
              "the parties, or without parties the signatories' actors, which are written"),
          Map.entry(
              "Delegation.participants",
              "made of sender, head, members and host, which are written"),
          Map.entry("Mourning.participants", "made of declarer and mourned, which are written"),
          Map.entry("Statement.participants", "made of speaker and subjects, which are written"),
          Map.entry(
              "MaterialTransfer.participants", "made of provider and recipient, which are written"),
          Map.entry("Agreement.participants", "made of parties and signatories, which are written"),
          Map.entry(
              "RelationsChange.participants",
              "made of initiators, counterparts and diplomats, which are written"),
          Map.entry(
              "RelationshipPeriod.isSpanOnly",
              "true when the period has a span and nothing else, all of which are written"),
          Map.entry("DateSpan.isOpen", "true when the span has no end, which is written"),
          Map.entry("When.span", "date() to until(), or date() alone, as a DateSpan"),
          Map.entry("When.last", "until(), or else date()"),
          Map.entry(
              "Dossier.validate",
              "a report of the rules across the dossier's elements, made when asked"));

  /**
   * The types of the model that have no JSON of their own, with the reason: never stored, computed
   * from an event when asked.
   */
  private static final Map<Class<?>, String> NOT_IN_JSON =
      Map.of(
          Coding.class, "an event's codes, computed by EventCoding from the event and its dossier");

  /** Generated values of each type, reached from generated dossiers. */
  private static final Map<Class<?>, List<Object>> samples = new LinkedHashMap<>();

  private static List<Class<?>> types;

  @BeforeAll
  static void findTypesAndSamples() throws IOException, URISyntaxException {
    types = valueTypes();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    qt().withFixedSeed(20180705L)
        .withExamples(300)
        .forAll(ModelGenerators.withPlainNames().dossiers(true))
        .checkAssert(d -> ModelWalk.walk(d, seen, AttributeCoverageTest::sample));
  }

  @Test
  void findsEveryValueTypeOfTheModelAndEachHasACodecOrAReason() {
    assertThat(types)
        .extracting(Class::getSimpleName)
        .contains(
            "Meeting",
            "Message",
            "OpaqueEvent",
            "Person",
            "State",
            "Name",
            "Position",
            "Place",
            "Coordinates",
            "When",
            "DateSpan",
            "Citation",
            "Source",
            "Relationship",
            "Dossier");
    Set<Class<?>> coded =
        Codecs.ALL.stream().map(JsonCodec::type).collect(Collectors.toUnmodifiableSet());
    assertThat(types.stream().filter(t -> !coded.contains(t)))
        .containsExactlyInAnyOrderElementsOf(NOT_IN_JSON.keySet());
  }

  @Test
  void everyAccessorIsAnAttributeOrDerivedForAReasonGiven() {
    Map<String, String> unexplained = new TreeMap<>();
    Set<String> used = new TreeSet<>();
    for (Class<?> type : types) {
      if (NOT_IN_JSON.containsKey(type)) {
        continue;
      }
      for (Method accessor : accessors(type)) {
        if (with(type, accessor) != null) {
          continue;
        }
        String reason = derived(type, accessor);
        if (reason == null) {
          unexplained.put(type.getSimpleName() + "." + accessor.getName(), accessor.toString());
        } else {
          used.add(reason);
        }
      }
    }
    assertThat(unexplained).as("accessors that are neither attributes nor derived").isEmpty();
    assertThat(used)
        .as("every reason given is used")
        .containsExactlyInAnyOrderElementsOf(new TreeSet<>(DERIVED.values()));
  }

  @Test
  void everyAttributeReachesTheJsonAndReadsBack() {
    Map<String, String> failures = new TreeMap<>();
    Set<String> tested = new TreeSet<>();
    for (Class<?> type : types) {
      if (NOT_IN_JSON.containsKey(type)) {
        continue;
      }
      List<Object> values = samples.getOrDefault(type, List.of());
      for (Method accessor : accessors(type)) {
        Method with = with(type, accessor);
        if (with == null) {
          continue;
        }
        String name = type.getSimpleName() + "." + accessor.getName();
        tested.add(name);
        String failure = failure(type, accessor, with, values);
        if (failure != null) {
          failures.put(name, failure);
        }
      }
    }
    assertThat(failures).isEmpty();
    // The walk reached the attributes of the hand-written writers, among others.
    assertThat(tested)
        .contains(
            "Meeting.atmosphere",
            "Meeting.certainty",
            "Message.envoy",
            "SupportPledge.context",
            "Visit.visitKind",
            "Statement.content",
            "Person.positions",
            "Source.basedOn",
            "Relationship.periods",
            "RelationshipPeriod.endedWith",
            "RelationsChange.diplomats",
            "Dossier.formatVersion",
            "Meeting.datasetCodings",
            "DatasetCoding.goldstein",
            "DatasetCoding.targets",
            "PloverMapping.contexts",
            "Place.admin2",
            "AdminDivision.code");
    assertThat(tested).hasSizeGreaterThan(200);
  }

  /**
   * Why the attribute is not seen to reach the JSON and come back, over the first pair of {@code
   * values} whose attribute differs and whose one value takes the other's; null when it is.
   */
  private static String failure(Class<?> type, Method accessor, Method with, List<Object> values) {
    boolean differed = false;
    for (Object a : values) {
      for (Object b : values) {
        Object mine = invoke(accessor, a);
        Object theirs = invoke(accessor, b);
        if (Objects.equals(mine, theirs)) {
          continue;
        }
        differed = true;
        Object changed;
        MethodHandle copy;
        try {
          // Called as users call it: on the public type, whose withX(...) the generated With*
          // interface (not public) declares.
          copy =
              MethodHandles.publicLookup()
                  .findVirtual(
                      type,
                      with.getName(),
                      MethodType.methodType(with.getReturnType(), with.getParameterTypes()));
        } catch (ReflectiveOperationException e) {
          return e.toString();
        }
        try {
          changed = copy.invoke(a, theirs);
        } catch (RuntimeException e) {
          continue; // the pair makes no valid value (a message's envoy among its recipients)
        } catch (Throwable e) {
          throw new AssertionError(with.toString(), e);
        }
        if (changed.equals(a)) {
          continue;
        }
        String before = JSON.write(a);
        String after = JSON.write(changed);
        if (before.equals(after)) {
          return "two values that differ in it ("
              + shortened(mine)
              + ", "
              + shortened(theirs)
              + ") write the same JSON: "
              + shortened(after);
        }
        for (Object value : List.of(a, changed)) {
          Object back = JSON.read(JSON.write(value), type);
          if (!back.equals(value)) {
            return "does not read back equal: "
                + shortened(JSON.write(value))
                + " reads as "
                + shortened(back);
          }
        }
        return null;
      }
    }
    return differed
        ? "no pair of samples makes a valid value with it changed"
        : "no two samples differ in it: the generators must vary it";
  }

  private static String shortened(Object value) {
    String s = String.valueOf(value);
    return s.length() <= 300 ? s : s.substring(0, 300) + "...";
  }

  /** The reason {@code accessor} of {@code type} is derived, or null when none is given. */
  private static String derived(Class<?> type, Method accessor) {
    for (Class<?> t = type; t != null; t = t.getSuperclass()) {
      String reason = derivedIn(t, accessor);
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }

  private static String derivedIn(Class<?> t, Method accessor) {
    String reason = DERIVED.get(t.getSimpleName() + "." + accessor.getName());
    if (reason != null) {
      return reason;
    }
    for (Class<?> i : t.getInterfaces()) {
      reason = derivedIn(i, accessor);
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }

  /**
   * Every public accessor of {@code type}: no parameters, a result, not one of {@link Object}'s
   * ({@code toString}, overridden or not).
   */
  private static List<Method> accessors(Class<?> type) {
    return Stream.of(type.getMethods())
        .filter(
            m ->
                m.getParameterCount() == 0
                    && m.getReturnType() != void.class
                    && !Modifier.isStatic(m.getModifiers())
                    && !isObjects(m)
                    && !m.isBridge()
                    && !m.isSynthetic())
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .collect(Collectors.toList());
  }

  private static boolean isObjects(Method m) {
    try {
      Object.class.getMethod(m.getName());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * The {@code withX} copy of the attribute {@code accessor} that takes what the accessor gives (an
   * {@code Optional}, a list as an {@code Iterable}); null when it is not an attribute.
   */
  private static Method with(Class<?> type, Method accessor) {
    String name =
        "with"
            + Character.toUpperCase(accessor.getName().charAt(0))
            + accessor.getName().substring(1);
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == 1
          && m.getParameterTypes()[0].isAssignableFrom(accessor.getReturnType())) {
        return m;
      }
    }
    return null;
  }

  private static Object invoke(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(accessor.toString(), e);
    }
  }

  /**
   * The value types of the core: every public abstract class {@code X} of it for which Immutables
   * generated {@code ImmutableX}, read from the classes of the core's jar or folder.
   */
  private static List<Class<?>> valueTypes() throws IOException, URISyntaxException {
    Path root = Path.of(Dossier.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    if (Files.isDirectory(root)) {
      names = classNames(root);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(root)) {
        names = classNames(jar.getPath("/"));
      }
    }
    List<Class<?>> found = new ArrayList<>();
    for (String name : names) {
      Class<?> type = load(name);
      if (type != null
          && Modifier.isPublic(type.getModifiers())
          && Modifier.isAbstract(type.getModifiers())
          && !type.isInterface()
          && load(type.getPackageName() + ".Immutable" + type.getSimpleName()) != null) {
        found.add(type);
      }
    }
    found.sort((a, b) -> a.getName().compareTo(b.getName()));
    return found;
  }

  private static List<String> classNames(Path root) throws IOException {
    Path core = root.resolve("dev/diplomacy/core");
    try (Stream<Path> files = Files.walk(core)) {
      return files
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".class") && !p.contains("$"))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, AttributeCoverageTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /** Keeps {@code value} as a sample of its value type, up to 40 of each. */
  private static void sample(Object value) {
    Class<?> type = typeOf(value.getClass());
    if (type != null) {
      List<Object> of = samples.computeIfAbsent(type, t -> new ArrayList<>());
      if (of.size() < 40) {
        of.add(value);
      }
    }
  }

  /** The value type {@code runtime} implements, or null when it is none. */
  private static Class<?> typeOf(Class<?> runtime) {
    for (Class<?> t = runtime; t != null; t = t.getSuperclass()) {
      if (types.contains(t)) {
        return t;
      }
    }
    return null;
  }
}
