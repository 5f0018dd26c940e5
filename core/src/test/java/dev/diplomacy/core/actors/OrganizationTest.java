package dev.diplomacy.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class OrganizationTest {

  private static Organization.Builder kcna() {
    return Organization.builder()
        .id(Id.of("kcna"))
        .name(Name.of("Korean Central News Agency"))
        .addOtherName(Name.of("KCNA"))
        .organizationKind(OrganizationKind.NEWS_MEDIA)
        .country(Country.of("KP"));
  }

  @Test
  void anOrganization() {
    Organization o = kcna().parent(Id.of("government-of-north-korea")).build();
    assertThat(o.kind()).isEqualTo(ActorKind.ORGANIZATION);
    assertThat(o.organizationKind()).isEqualTo(OrganizationKind.NEWS_MEDIA);
    assertThat(o.country()).contains(Country.of("KP"));
    assertThat(o.parent()).contains(Id.of("government-of-north-korea"));
    assertThat(o.allNames())
        .containsExactly(Name.of("Korean Central News Agency"), Name.of("KCNA"));
    assertThat(Organization.builder().from(o).build()).isEqualTo(o);
  }

  @Test
  void theKindIsRequired() {
    assertThatThrownBy(() -> Organization.builder().id(Id.of("tass")).name(Name.of("TASS")).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("organization.organizationKind.missing");
              assertThat(e.findings().get(0).path()).isEqualTo("organizationKind");
            });
  }

  @Test
  void anotherOrganizationAsParentIsAccepted() {
    assertThat(kcna().parent(Id.of("wpk")).build().parent()).contains(Id.of("wpk"));
  }

  @Test
  void itselfAsParentIsRejected() {
    assertThatThrownBy(() -> kcna().parent(Id.of("kcna")).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly("organization.parent.self");
              assertThat(e.findings().get(0).path()).isEqualTo("parent");
            });
  }

  @Test
  void everyBrokenRuleIsReported() {
    assertThatThrownBy(
            () ->
                kcna().addOtherName(Name.of("KCNA")).description("").parent(Id.of("kcna")).build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.codes())
                    .containsExactly(
                        "organization.otherNames.duplicate",
                        "organization.description.blank",
                        "organization.parent.self"));
  }

  @Test
  void withCopies() {
    Organization o = kcna().build();
    assertThat(o.withOrganizationKind(OrganizationKind.GOVERNMENT).organizationKind())
        .isEqualTo(OrganizationKind.GOVERNMENT);
    assertThat(o.withParent(Id.of("wpk")).parent()).contains(Id.of("wpk"));
    assertThat(o.withCountry(Country.of("CU")).country()).contains(Country.of("CU"));
    assertThat(o.withId(Id.of("kcna-2")).withId(Id.of("kcna"))).isEqualTo(o);
    assertThatThrownBy(() -> o.withParent(Id.of("kcna")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.codes()).containsExactly("organization.parent.self"));
  }
}
