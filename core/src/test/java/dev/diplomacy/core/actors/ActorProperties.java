package dev.diplomacy.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class ActorProperties {

  @Test
  void aPersonCopiedThroughItsBuilderIsEqual() {
    qt().withExamples(300)
        .forAll(ActorGenerators.persons())
        .checkAssert(
            p -> {
              Person copy = Person.builder().from(p).build();
              assertThat(copy).isEqualTo(p).hasSameHashCodeAs(p);
            });
  }

  @Test
  void anOrganizationCopiedThroughItsBuilderIsEqual() {
    qt().withExamples(300)
        .forAll(ActorGenerators.organizations())
        .checkAssert(
            o -> {
              Organization copy = Organization.builder().from(o).build();
              assertThat(copy).isEqualTo(o).hasSameHashCodeAs(o);
            });
  }

  @Test
  void aStateCopiedThroughItsBuilderIsEqual() {
    qt().withExamples(300)
        .forAll(ActorGenerators.states())
        .checkAssert(
            s -> {
              State copy = State.builder().from(s).build();
              assertThat(copy).isEqualTo(s).hasSameHashCodeAs(s);
            });
  }

  @Test
  void allNamesArePrimaryFirstThenTheOthers() {
    qt().withExamples(300)
        .forAll(ActorGenerators.actors())
        .checkAssert(
            a -> {
              assertThat(a.allNames()).first().isEqualTo(a.name());
              assertThat(a.allNames().subList(1, a.allNames().size())).isEqualTo(a.otherNames());
            });
  }

  @Test
  void everyNameOfAnActorResolvesToItInADirectoryOfItsOwn() {
    qt().withExamples(300)
        .forAll(ActorGenerators.actors())
        .checkAssert(
            a -> {
              ActorDirectory directory = ActorDirectory.of(java.util.List.of(a));
              for (Name n : a.allNames()) {
                assertThat(directory.resolve(n.text()).actor()).contains(a);
              }
            });
  }
}
