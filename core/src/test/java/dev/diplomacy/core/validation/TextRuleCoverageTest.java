package dev.diplomacy.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.ModelWalk;
import dev.diplomacy.core.actors.ActorGenerators;
import dev.diplomacy.core.codes.Coding;
import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.codes.PloverMapping;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.EventGenerators;
import dev.diplomacy.core.internal.Checks;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.relations.RelationshipKind;
import dev.diplomacy.core.sources.Source;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every text attribute of every type of the model refuses text that is not valid Unicode: found by
 * reflection, so that an attribute added later is covered without being listed here. Each value
 * type reachable from generated events and actors, and from a source, a relationship, a dossier, a
 * coding and a PLOVER mapping, is given a lone surrogate through each of its {@code withX(String)}
 * and {@code withX(String...)} methods.
 */
class TextRuleCoverageTest {

  private static final String BAD = "Pyongyang \uD83C";

  /**
   * Attributes whose text has a pattern, which a lone surrogate breaks under a code of their own.
   */
  private static final Set<String> PATTERNED =
      Set.of("withTypeName", "withCameoCode", "withLanguage", "withFormatVersion");

  @Test
  void everyTextAttributeRefusesALoneSurrogate() throws ReflectiveOperationException {
    Map<Class<?>, List<Object>> samples = new LinkedHashMap<>();
    Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<Object> roots = new ArrayList<>();
    qt().withExamples(300).forAll(EventGenerators.events()).checkAssert(roots::add);
    qt().withExamples(300).forAll(ActorGenerators.actors()).checkAssert(roots::add);
    roots.add(
        Source.builder()
            .id(Id.of("kcna"))
            .title("KCNA")
            .addAuthors("A. Writer")
            .language("en")
            .build());
    roots.add(
        Relationship.builder()
            .id(Id.of("alliance"))
            .relationshipKind(RelationshipKind.ALLIANCE)
            .addParties(Id.of("cuba"), Id.of("north-korea"))
            .periodDescription("since 1960")
            .basis("a treaty")
            .summary("allies")
            .build());
    roots.add(Dossier.builder().title("A dossier").build());
    roots.add(
        Coding.builder()
            .from(Coding.of(dev.diplomacy.core.codes.CameoCode.of("042")))
            .addNotes("a note")
            .build());
    roots.add(
        PloverMapping.builder()
            .category(PloverCategory.CONSULT)
            .mode("visit")
            .addContexts("diplomatic")
            .build());
    for (Object root : roots) {
      ModelWalk.walk(
          root,
          seen,
          v -> {
            List<Object> of =
                samples.computeIfAbsent(ModelWalk.apiType(v.getClass()), t -> new ArrayList<>());
            if (of.size() < 30) {
              of.add(v);
            }
          });
    }

    Map<String, String> failures = new TreeMap<>();
    Set<String> tested = new TreeSet<>();
    for (Map.Entry<Class<?>, List<Object>> e : samples.entrySet()) {
      Class<?> api = e.getKey();
      for (Method with : api.getMethods()) {
        if (!with.getName().startsWith("with")
            || with.getParameterCount() != 1
            || Modifier.isStatic(with.getModifiers())) {
          continue;
        }
        Class<?> parameter = with.getParameterTypes()[0];
        Object argument =
            parameter == String.class
                ? BAD
                : parameter == String[].class ? new String[] {BAD} : null;
        if (argument == null) {
          continue;
        }
        String name = api.getSimpleName() + "." + with.getName();
        tested.add(name);
        // Called as users call it: on the public type, whose withX(...) the generated With*
        // interface (not public) declares.
        MethodHandle handle =
            MethodHandles.publicLookup()
                .findVirtual(
                    api,
                    with.getName(),
                    MethodType.methodType(with.getReturnType(), with.getParameterTypes()))
                .asFixedArity();
        String failure = refusal(handle, with.getName(), argument, e.getValue());
        if (failure != null) {
          failures.put(name, failure);
        }
      }
    }
    assertThat(failures).isEmpty();
    // The walk reached the model: the text attributes of the types below, among others.
    assertThat(tested)
        .contains(
            "Meeting.withSummary",
            "Meeting.withTopics",
            "Message.withContent",
            "Citation.withQuote",
            "Place.withVenue",
            "Participant.withCapacity",
            "Item.withUnit",
            "Person.withDescription",
            "Name.withText",
            "Position.withTitle",
            "Source.withAuthors",
            "Relationship.withBasis",
            "Dossier.withTitle",
            "Coding.withNotes",
            "PloverMapping.withContexts");
    assertThat(tested).hasSizeGreaterThan(40);
  }

  /**
   * Why giving {@code argument} through {@code with} to any of {@code values} is not refused as it
   * should be; null when it is.
   */
  private static String refusal(
      MethodHandle with, String name, Object argument, List<Object> values) {
    String last = "no sample";
    for (Object value : values) {
      try {
        with.invoke(value, argument);
        last = "accepted";
      } catch (ValidationException v) {
        if (v.codes().contains(Checks.UNICODE) || PATTERNED.contains(name)) {
          return null;
        }
        last = "refused for other reasons only: " + v.codes();
      } catch (Throwable e) {
        return "threw " + e;
      }
    }
    return last;
  }
}
