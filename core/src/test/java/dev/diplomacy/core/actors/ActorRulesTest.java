package dev.diplomacy.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules every kind of actor shares, with each kind's own codes. */
class ActorRulesTest {

  /** Builds an actor of one kind from the attributes every kind has. */
  interface Kind {
    Actor build(
        List<Name> otherNames,
        List<ExternalId> ids,
        Optional<String> description,
        Map<String, ExtensionValue> ext);
  }

  private static final Name PRIMARY = Name.of("Cuba");

  static Stream<org.junit.jupiter.params.provider.Arguments> kinds() {
    Kind person =
        (o, i, d, x) ->
            Person.builder()
                .id(Id.of("a"))
                .name(PRIMARY)
                .otherNames(o)
                .externalIds(i)
                .description(d)
                .extensions(x)
                .build();
    Kind organization =
        (o, i, d, x) ->
            Organization.builder()
                .id(Id.of("a"))
                .name(PRIMARY)
                .organizationKind(OrganizationKind.GOVERNMENT)
                .otherNames(o)
                .externalIds(i)
                .description(d)
                .extensions(x)
                .build();
    Kind state =
        (o, i, d, x) ->
            State.builder()
                .id(Id.of("a"))
                .name(PRIMARY)
                .country(Country.of("CU"))
                .otherNames(o)
                .externalIds(i)
                .description(d)
                .extensions(x)
                .build();
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("person", person),
        org.junit.jupiter.params.provider.Arguments.of("organization", organization),
        org.junit.jupiter.params.provider.Arguments.of("state", state));
  }

  private static void assertRejected(Runnable build, List<String> codes, List<String> paths) {
    assertThatThrownBy(build::run)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactlyElementsOf(codes);
              assertThat(e.findings().stream().map(Finding::path).collect(Collectors.toList()))
                  .containsExactlyElementsOf(paths);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void validSharedAttributesAreAccepted(String prefix, Kind kind) {
    Actor a =
        kind.build(
            List.of(
                Name.of("Cuba", "en"),
                Name.of("República de Cuba", "es"),
                Name.of("Republic of Cuba")),
            List.of(ExternalId.wikidata("Q241"), ExternalId.of("cameo", "CUB")),
            Optional.of("the Republic of Cuba"),
            Map.of("acme:confidence", ExtensionValue.of(1)));
    assertThat(a.kind().name().toLowerCase(java.util.Locale.ROOT)).isEqualTo(prefix);
    assertThat(a.allNames()).hasSize(4);
    assertThat(a.externalIds()).hasSize(2);
    assertThat(a.extensions()).containsKey("acme:confidence");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void anOtherNameRepeatingThePrimaryNameIsRejected(String prefix, Kind kind) {
    assertRejected(
        () ->
            kind.build(
                List.of(Name.of("Republic of Cuba"), Name.of("Cuba")),
                List.of(),
                Optional.empty(),
                Map.of()),
        List.of(prefix + ".otherNames.duplicate"),
        List.of("otherNames[1]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void anOtherNameListedTwiceIsRejected(String prefix, Kind kind) {
    Name republic = Name.of("República de Cuba", "es");
    assertRejected(
        () ->
            kind.build(
                List.of(republic, Name.of("Republic of Cuba"), republic),
                List.of(),
                Optional.empty(),
                Map.of()),
        List.of(prefix + ".otherNames.duplicate"),
        List.of("otherNames[2]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void anExternalIdListedTwiceIsRejected(String prefix, Kind kind) {
    assertRejected(
        () ->
            kind.build(
                List.of(),
                List.of(ExternalId.wikidata("Q241"), ExternalId.parse("wikidata:Q241")),
                Optional.empty(),
                Map.of()),
        List.of(prefix + ".externalIds.duplicate"),
        List.of("externalIds[1]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void aBlankDescriptionIsRejected(String prefix, Kind kind) {
    assertRejected(
        () -> kind.build(List.of(), List.of(), Optional.of(" "), Map.of()),
        List.of(prefix + ".description.blank"),
        List.of("description"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void anExtensionWithABadNamespaceIsRejected(String prefix, Kind kind) {
    assertRejected(
        () ->
            kind.build(
                List.of(),
                List.of(),
                Optional.empty(),
                Map.of("ACME:confidence", ExtensionValue.of(1))),
        List.of(prefix + ".extensions.key"),
        List.of("extensions[ACME:confidence]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void everyBrokenSharedRuleIsReported(String prefix, Kind kind) {
    assertRejected(
        () ->
            kind.build(
                List.of(Name.of("Cuba")),
                List.of(ExternalId.wikidata("Q241"), ExternalId.wikidata("Q241")),
                Optional.of(""),
                Map.of("Bad:key", ExtensionValue.ofNull())),
        List.of(
            prefix + ".otherNames.duplicate",
            prefix + ".externalIds.duplicate",
            prefix + ".description.blank",
            prefix + ".extensions.key"),
        List.of("otherNames[0]", "externalIds[1]", "description", "extensions[Bad:key]"));
  }
}
