package dev.diplomacy.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.time.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActorDirectoryTest {

  private static Person person(String id, String name, Name... others) {
    return Person.builder().id(Id.of(id)).name(Name.of(name)).addOtherNames(others).build();
  }

  private static final Person KIM_JONG_UN =
      person("kim-jong-un", "Kim Jong-un", Name.of("김정은", "ko"));
  private static final Person KIM_JONG_IL =
      person("kim-jong-il", "Kim Jong-il", Name.of("김정일", "ko"));
  private static final Person KIM_IL_SUNG =
      person("kim-il-sung", "Kim Il-sung", Name.of("김일성", "ko"));
  private static final Person RAUL_CASTRO = person("raul-castro", "Raúl Castro");
  private static final Person FIDEL_CASTRO =
      Person.builder()
          .id(Id.of("fidel-castro"))
          .name(Name.of("Fidel Castro"))
          .died(PartialDate.ofYear(2016))
          .build();
  private static final Person RI_SU_YONG = person("ri-su-yong", "Ri Su-yong");
  private static final Person ASSAD = person("bashar-al-assad", "Bashar al-Assad");
  private static final Organization WPK =
      Organization.builder()
          .id(Id.of("wpk"))
          .name(Name.of("Workers' Party of Korea"))
          .addOtherName(Name.of("WPK"))
          .organizationKind(OrganizationKind.POLITICAL_PARTY)
          .country(Country.of("KP"))
          .build();
  private static final State NORTH_KOREA = State.of(Country.of("KP"));
  private static final State CUBA = State.of(Country.of("CU"));

  private static final ActorDirectory ARTICLE =
      ActorDirectory.of(
          List.of(KIM_JONG_UN, RAUL_CASTRO, RI_SU_YONG, ASSAD, WPK, NORTH_KOREA, CUBA));

  private static void assertResolves(ActorDirectory directory, String mention, Actor actor) {
    Resolution r = directory.resolve(mention);
    assertThat(r.status()).as(mention).isEqualTo(Resolution.Status.RESOLVED);
    assertThat(r.actor()).as(mention).contains(actor);
    assertThat(r.candidates()).containsExactly(actor);
    assertThat(r.mention()).isEqualTo(mention);
  }

  private static void assertAmbiguous(
      ActorDirectory directory, String mention, Actor... sortedById) {
    Resolution r = directory.resolve(mention);
    assertThat(r.status()).as(mention).isEqualTo(Resolution.Status.AMBIGUOUS);
    assertThat(r.actor()).as(mention).isEmpty();
    assertThat(r.candidates()).as(mention).containsExactly(sortedById);
  }

  private static void assertUnknown(ActorDirectory directory, String mention) {
    Resolution r = directory.resolve(mention);
    assertThat(r.status()).as(mention).isEqualTo(Resolution.Status.UNKNOWN);
    assertThat(r.actor()).isEmpty();
    assertThat(r.candidates()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kim Jong-Un",
        "Kim Jong-un",
        "Kim Jong Un",
        "김정은",
        "KIM JONG UN",
        "Kim Jong-un’s"
      })
  void theSpellingsOfKimJongUnResolveToHim(String mention) {
    assertResolves(ARTICLE, mention, KIM_JONG_UN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Raul Castro", "Raúl Castro", "Raul Castro Ruz", "Castro"})
  void theSpellingsOfRaulCastroResolveToHim(String mention) {
    assertResolves(ARTICLE, mention, RAUL_CASTRO);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ri Su-yong’", "Ri Su-yong", "Ri Su Yong"})
  void theSpellingsOfRiSuYongResolveToHim(String mention) {
    assertResolves(ARTICLE, mention, RI_SU_YONG);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bashar-al Assad", "Bashar al-Assad", "Assad", "al-Assad"})
  void theSpellingsOfBasharAlAssadResolveToHim(String mention) {
    assertResolves(ARTICLE, mention, ASSAD);
  }

  @Test
  void organisationsAndStatesResolveByTheirNames() {
    assertResolves(ARTICLE, "Workers’ Party of Korea", WPK);
    assertResolves(ARTICLE, "Workers' Party", WPK);
    assertResolves(ARTICLE, "WPK", WPK);
    assertResolves(ARTICLE, "North Korea", NORTH_KOREA);
    assertResolves(ARTICLE, "Cuba", CUBA);
    assertResolves(ARTICLE, "Cuba's", CUBA);
  }

  @Test
  void theKimsAreThreeDifferentPeople() {
    ActorDirectory kims = ActorDirectory.of(List.of(KIM_JONG_UN, KIM_JONG_IL, KIM_IL_SUNG));
    assertResolves(kims, "Kim Jong-il", KIM_JONG_IL);
    assertResolves(kims, "Kim Il-sung", KIM_IL_SUNG);
    assertResolves(kims, "Kim Jong-un", KIM_JONG_UN);
    assertResolves(kims, "Kim Jong Un", KIM_JONG_UN);
    assertResolves(kims, "김일성", KIM_IL_SUNG);
    assertAmbiguous(kims, "Kim", KIM_IL_SUNG, KIM_JONG_IL, KIM_JONG_UN);
    assertAmbiguous(kims, "Kim Jong", KIM_JONG_IL, KIM_JONG_UN);
  }

  @Test
  void theCastrosAreTwoDifferentPeople() {
    ActorDirectory castros = ActorDirectory.of(List.of(RAUL_CASTRO, FIDEL_CASTRO));
    assertResolves(castros, "Fidel Castro", FIDEL_CASTRO);
    assertResolves(castros, "Raúl Castro", RAUL_CASTRO);
    assertResolves(castros, "Raul Castro Ruz", RAUL_CASTRO);
    assertResolves(castros, "Fidel Castro Ruz", FIDEL_CASTRO);
    assertAmbiguous(castros, "Castro", FIDEL_CASTRO, RAUL_CASTRO);
    assertUnknown(castros, "Castro Ruz");
  }

  @Test
  void aGenerationalSuffixSeparatesPersons() {
    Person father = person("donald-trump", "Donald Trump");
    Person son = person("donald-trump-jr", "Donald Trump Jr.");
    // Alone in the directory, neither is found under the other's name.
    assertUnknown(ActorDirectory.of(List.of(son)), "Donald Trump");
    assertUnknown(ActorDirectory.of(List.of(father)), "Donald Trump Jr.");
    assertUnknown(ActorDirectory.of(List.of(father)), "Donald Trump Junior");
    ActorDirectory both = ActorDirectory.of(List.of(son, father));
    assertResolves(both, "Donald Trump", father);
    assertResolves(both, "Donald Trump Jr.", son);
    assertResolves(both, "DONALD TRUMP JR", son);
    assertResolves(both, "Donald Trump Junior", son);
    assertResolves(both, "Trump Jr.", son);
    // A part that could be either is ambiguous; a suffix alone names no one.
    assertAmbiguous(both, "Trump", father, son);
    assertAmbiguous(both, "Donald", father, son);
    assertUnknown(both, "Jr.");
    assertUnknown(both, "Junior");
    // Roman numerals and Sr. separate persons too.
    Person third = person("john-smith-iii", "John Smith III");
    Person senior = person("john-smith-sr", "John Smith Sr.");
    ActorDirectory smiths = ActorDirectory.of(List.of(third, senior));
    assertResolves(smiths, "John Smith III", third);
    assertResolves(smiths, "John Smith Senior", senior);
    assertUnknown(smiths, "John Smith");
    assertUnknown(smiths, "John Smith II");
    assertUnknown(smiths, "III");
    assertAmbiguous(smiths, "Smith", third, senior);
    assertResolves(smiths, "Smith III", third);
    // A longer name still finds its person, unless it ends with a suffix: then it is another's.
    ActorDirectory castros = ActorDirectory.of(List.of(RAUL_CASTRO, son));
    assertResolves(castros, "Raul Castro Ruz", RAUL_CASTRO);
    assertUnknown(castros, "Raul Castro Ruz Jr.");
    assertUnknown(castros, "Raul Castro II");
  }

  @Test
  void aNameTwoActorsShareIsAmbiguous() {
    Person impostor = person("someone-else", "Someone Else", Name.of("Kim Jong Un"));
    ActorDirectory directory = ActorDirectory.of(List.of(KIM_JONG_UN, impostor));
    assertAmbiguous(directory, "Kim Jong-un", KIM_JONG_UN, impostor);
    assertResolves(directory, "Someone Else", impostor);
  }

  @Test
  void anExactNameWinsOverPartialOnes() {
    Organization foundation =
        Organization.builder()
            .id(Id.of("a-foundation"))
            .name(Name.of("Raúl Castro Foundation"))
            .organizationKind(OrganizationKind.NGO)
            .build();
    ActorDirectory directory = ActorDirectory.of(List.of(RAUL_CASTRO, foundation));
    assertResolves(directory, "Raul Castro", RAUL_CASTRO);
    assertResolves(directory, "Raul Castro Foundation", foundation);
    assertAmbiguous(directory, "Raul", foundation, RAUL_CASTRO);
  }

  @Test
  void unknownNamesAreUnknown() {
    assertUnknown(ARTICLE, "Sergei Lavrov");
    assertUnknown(ARTICLE, "Nicolás Maduro");
    assertUnknown(ARTICLE, "Jong-un Kim");
    assertUnknown(ARTICLE, "");
    assertUnknown(ARTICLE, " ’ ");
  }

  @Test
  void aShortSingleTokenNeverMatchesByPart() {
    assertUnknown(ARTICLE, "UN");
    assertUnknown(ARTICLE, "Un");
    assertUnknown(ARTICLE, "Ri");
    Organization un =
        Organization.builder()
            .id(Id.of("un"))
            .name(Name.of("UN"))
            .organizationKind(OrganizationKind.INTERNATIONAL_ORGANIZATION)
            .build();
    ActorDirectory withUn = ActorDirectory.of(List.of(KIM_JONG_UN, un));
    assertResolves(withUn, "UN", un);
    assertUnknown(withUn, "UN Security Council");
  }

  @Test
  void onlyPersonsAreFoundByTheEndOfTheirName() {
    assertUnknown(ARTICLE, "Korea");
    assertUnknown(ARTICLE, "Party of Korea");
    assertResolves(ARTICLE, "Jong-un", KIM_JONG_UN);
  }

  @Test
  void actorsAndById() {
    assertThat(ARTICLE.actors())
        .containsExactly(KIM_JONG_UN, RAUL_CASTRO, RI_SU_YONG, ASSAD, WPK, NORTH_KOREA, CUBA);
    assertThat(ARTICLE.byId(Id.of("north-korea"))).contains(NORTH_KOREA);
    assertThat(ARTICLE.byId(Id.of("wpk"))).contains(WPK);
    assertThat(ARTICLE.byId(Id.of("sergei-lavrov"))).isEmpty();
  }

  @Test
  void withSharedIdsByIdGivesTheFirst() {
    Person other = person("kim-jong-un", "Kim Jong Un");
    ActorDirectory directory = ActorDirectory.of(List.of(KIM_JONG_UN, other));
    assertThat(directory.byId(Id.of("kim-jong-un"))).contains(KIM_JONG_UN);
    assertAmbiguous(directory, "Kim Jong-un", KIM_JONG_UN, other);
  }

  @Test
  void anEmptyDirectoryKnowsNobody() {
    ActorDirectory empty = ActorDirectory.of(List.of());
    assertThat(empty.actors()).isEmpty();
    assertUnknown(empty, "Kim Jong-un");
  }

  @Test
  void aResolutionDescribesItself() {
    assertThat(ARTICLE.resolve("Raul Castro")).hasToString("RESOLVED 'Raul Castro': [raul-castro]");
    // Equal by value: a second directory built apart resolves the mention to an equal answer.
    assertThat(ARTICLE.resolve("Raul Castro"))
        .isEqualTo(ActorDirectory.of(List.of(RAUL_CASTRO)).resolve("Raul Castro"));
    assertThat(ARTICLE.resolve("Raul Castro").isResolved()).isTrue();
    assertThat(ARTICLE.resolve("Raul Castro")).isNotEqualTo(ARTICLE.resolve("Raúl Castro"));
    assertThat(ARTICLE.resolve("Lavrov")).hasToString("UNKNOWN 'Lavrov': []");
    assertThat(ARTICLE.resolve("Lavrov").isResolved()).isFalse();
  }
}
