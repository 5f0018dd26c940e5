package dev.diplomacy.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.diplomacy.core.Id;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link NameIndex} and {@link ActorDirectory} resolve as their rules say: checked against the
 * rules written out plainly, over every name of every actor, for actors whose names share tokens
 * (short ones too, which never match by part), persons and organisations, and mentions made of the
 * same tokens. The index is also built name by name, in a shuffled order, as an importer does.
 */
class NameIndexProperties {

  private static final List<String> TOKENS =
      List.of(
          "Kim", "Jong", "Un", "Raul", "Castro", "Ruz", "Ri", "Su", "Yong", "al", "Assad", "Bashar",
          "Fidel", "Jr.", "Junior", "Sr", "II", "III", "V");

  /** The generational suffixes as a key spells them, written out here apart from NameKey's. */
  private static final Set<String> SUFFIXES =
      Set.of("jr", "sr", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "2nd", "3rd", "4th");

  private record Case(List<Actor> actors, List<String> mentions, long seed) {}

  private static Gen<String> names() {
    return in -> {
      int n = Generate.range(1, 3).generate(in);
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        tokens.add(TOKENS.get(Generate.range(0, TOKENS.size() - 1).generate(in)));
      }
      return String.join(Generate.range(0, 1).generate(in) == 0 ? " " : "-", tokens);
    };
  }

  private static Gen<Case> cases() {
    return in -> {
      int count = Generate.range(1, 8).generate(in);
      List<Actor> actors = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Set<String> names = new LinkedHashSet<>();
        int n = Generate.range(1, 3).generate(in);
        for (int j = 0; j < n; j++) {
          names.add(names().generate(in));
        }
        List<Name> all = names.stream().map(Name::of).collect(Collectors.toList());
        Id id = Id.of("a" + i);
        actors.add(
            Generate.range(0, 2).generate(in) == 0
                ? Organization.builder()
                    .id(id)
                    .name(all.get(0))
                    .otherNames(all.subList(1, all.size()))
                    .organizationKind(OrganizationKind.OTHER)
                    .build()
                : Person.builder()
                    .id(id)
                    .name(all.get(0))
                    .otherNames(all.subList(1, all.size()))
                    .build());
      }
      List<String> mentions = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        mentions.add(names().generate(in));
      }
      return new Case(actors, mentions, Generate.longRange(0, Long.MAX_VALUE).generate(in));
    };
  }

  @Test
  void resolvesAsTheRulesSay() {
    qt().withExamples(3_000)
        .forAll(cases())
        .checkAssert(
            c -> {
              ActorDirectory directory = ActorDirectory.of(c.actors());
              NameIndex grown = new NameIndex();
              List<Object[]> names = new ArrayList<>();
              for (Actor a : c.actors()) {
                for (Name n : a.allNames()) {
                  names.add(new Object[] {a, n.text()});
                }
              }
              Collections.shuffle(names, new Random(c.seed()));
              for (Object[] n : names) {
                grown.add((Actor) n[0], (String) n[1]);
              }
              for (String mention : c.mentions()) {
                List<Id> expected = byTheRules(c.actors(), mention);
                assertThat(ids(directory.resolve(mention))).as(mention).isEqualTo(expected);
                assertThat(ids(grown.resolve(mention))).as(mention).isEqualTo(expected);
              }
            });
  }

  private static List<Id> ids(Resolution r) {
    return r.candidates().stream().map(Actor::id).collect(Collectors.toList());
  }

  /** The rules of {@link ActorDirectory}'s documentation, applied to every name in turn. */
  private static List<Id> byTheRules(List<Actor> actors, String mention) {
    List<String> m = NameKey.of(mention).tokens();
    Set<Actor> exact = new LinkedHashSet<>();
    Set<Actor> fits = new LinkedHashSet<>();
    for (Actor a : actors) {
      for (Name n : a.allNames()) {
        List<String> name = NameKey.of(n.text()).tokens();
        if (m.isEmpty() || name.isEmpty()) {
          continue;
        }
        if (name.equals(m)) {
          exact.add(a);
        }
        List<String> nameBase = base(name);
        boolean mentionBeginsName = begins(nameBase, m) && isPart(m);
        boolean nameBeginsMention = base(m).size() == m.size() && begins(m, name) && isPart(name);
        boolean mentionEndsPersonsName =
            a instanceof Person
                && isPart(m)
                && ((ends(name, m) && m.size() > name.size() - nameBase.size())
                    || ends(nameBase, m));
        if (mentionBeginsName || nameBeginsMention || mentionEndsPersonsName) {
          fits.add(a);
        }
      }
    }
    return (exact.isEmpty() ? fits : exact)
        .stream().map(Actor::id).sorted().collect(Collectors.toList());
  }

  /** The tokens without a last one that is a suffix, when there are others before it. */
  private static List<String> base(List<String> tokens) {
    return tokens.size() > 1 && SUFFIXES.contains(tokens.get(tokens.size() - 1))
        ? tokens.subList(0, tokens.size() - 1)
        : tokens;
  }

  /** True when {@code part} is the beginning of {@code whole}, and shorter. */
  private static boolean begins(List<String> whole, List<String> part) {
    return whole.size() > part.size() && whole.subList(0, part.size()).equals(part);
  }

  /** True when {@code part} is the end of {@code whole}, and shorter. */
  private static boolean ends(List<String> whole, List<String> part) {
    return whole.size() > part.size()
        && whole.subList(whole.size() - part.size(), whole.size()).equals(part);
  }

  @Test
  void aNameAndTheSameNameWithASuffixAreNeverFoundUnderEachOther() {
    Gen<String> suffixes =
        Generate.pick(List.of("Jr.", "Junior", "jnr", "Sr.", "Senior", "II", "III", "IV", "3rd"));
    qt().withExamples(1_000)
        .forAll(names().assuming(n -> !NameKey.of(n).hasSuffix()), suffixes, Generate.booleans())
        .checkAssert(
            (base, suffix, fatherFirst) -> {
              Person father = Person.builder().id(Id.of("father")).name(Name.of(base)).build();
              String suffixed = base + " " + suffix;
              Person son = Person.builder().id(Id.of("son")).name(Name.of(suffixed)).build();
              // Each alone: the other's name finds nothing.
              assertThat(new NameIndex().add(son).resolve(base).candidates()).isEmpty();
              assertThat(new NameIndex().add(father).resolve(suffixed).candidates()).isEmpty();
              // Both, added in either order: each name finds its own person.
              NameIndex both =
                  fatherFirst
                      ? new NameIndex().add(father).add(son)
                      : new NameIndex().add(son).add(father);
              assertThat(both.resolve(base).actor()).contains(father);
              assertThat(both.resolve(suffixed).actor()).contains(son);
              // A surname of both is ambiguous between them.
              List<String> tokens = NameKey.of(base).tokens();
              String last = tokens.get(tokens.size() - 1);
              if (tokens.size() > 1 && last.codePointCount(0, last.length()) >= 3) {
                assertThat(both.resolve(last).candidates()).containsExactlyInAnyOrder(father, son);
              }
            });
  }

  private static boolean isPart(List<String> tokens) {
    return tokens.size() > 1 || tokens.get(0).codePointCount(0, tokens.get(0).length()) >= 3;
  }
}
