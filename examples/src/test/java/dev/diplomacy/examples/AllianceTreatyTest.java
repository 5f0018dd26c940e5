package dev.diplomacy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.diplomacy.core.codes.EventCoding;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Agent;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.ProvisionKind;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.json.DiplomacyJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllianceTreatyTest {

  /** What {@code main} prints, read as UTF-8. */
  static String runMain() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.ISO_8859_1)) {
      System.setOut(capture);
      AllianceTreaty.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  final Dossier dossier = AllianceTreaty.dossier();
  final Agreement treaty = (Agreement) dossier.event(AllianceTreaty.TREATY).orElseThrow();
  final List<String> lines = Arrays.asList(runMain().split("\n"));

  @Test
  void theDossierIsValidWithoutWarningsAndSurvivesJson() {
    assertThat(dossier.validate().findings()).isEmpty();
    DiplomacyJson json = DiplomacyJson.strict();
    assertThat(json.read(json.write(dossier), Dossier.class)).isEqualTo(dossier);
    assertThat(lines).contains("0 errors, 0 warnings.");
    assertThat(lines)
        .anySatisfy(l -> assertThat(l).endsWith("read back: equal to the dossier built."));
  }

  @Test
  void theStatesAreBoundAndTheLeadersSignedInTheirCapacities() {
    assertThat(treaty.parties()).containsExactly(AllianceTreaty.RUSSIA, AllianceTreaty.DPRK);
    assertThat(treaty.signatories())
        .containsExactly(
            Agent.of(AllianceTreaty.PUTIN, "President of the Russian Federation"),
            Agent.of(AllianceTreaty.KIM));
    assertThat(treaty.participants())
        .filteredOn(p -> p.role() == Role.SIGNATORY)
        .extracting(p -> p.capacity().orElse(""))
        .containsExactly("President of the Russian Federation", "");
    assertThat(lines)
        .contains(
            "- parties: [russia, north-korea]",
            "- signed by vladimir-putin, as President of the Russian Federation",
            "- signed by kim-jong-un, capacity not given");
  }

  @Test
  void articleFourIsMutualAssistanceAndTheAllianceLinksBack() {
    assertThat(treaty.provisions())
        .anySatisfy(
            p -> {
              assertThat(p.provisionKind()).isEqualTo(ProvisionKind.MUTUAL_ASSISTANCE);
              assertThat(p.article()).contains("4");
            });
    assertThat(dossier.relationships())
        .singleElement()
        .satisfies(r -> assertThat(r.agreements()).containsExactly(AllianceTreaty.TREATY));
    assertThat(lines)
        .contains(
            "- made or changed the relationship russia-dprk-alliance (ALLIANCE)",
            "- article 4: MUTUAL_ASSISTANCE: \"military and other assistance with all means at its"
                + " disposal\"");
  }

  @Test
  void everyCodingOfEveryEventIsPrinted() {
    // The treaty is 057 each way between the parties, not between the persons who signed.
    assertThat(EventCoding.codings(treaty, dossier))
        .extracting(Object::toString)
        .containsExactly("057 [russia] -> [north-korea]", "057 [north-korea] -> [russia]");
    // The visit is the visitor's 042 and the host's 043.
    assertThat(lines)
        .containsSubsequence(
            "## Every coding of every event",
            "- putin-state-visit-dprk-2024:",
            "- russia-dprk-comprehensive-strategic-partnership-treaty:")
        .anySatisfy(l -> assertThat(l).startsWith("  - 042 [vladimir-putin] -> [kim-jong-un]"))
        .anySatisfy(l -> assertThat(l).startsWith("  - 043 [kim-jong-un] -> [vladimir-putin]"))
        .anySatisfy(l -> assertThat(l).startsWith("  - 057 [russia] -> [north-korea]"))
        .anySatisfy(l -> assertThat(l).startsWith("  - 057 [north-korea] -> [russia]"));
  }
}
