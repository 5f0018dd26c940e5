package dev.diplomacy.examples;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Name;
import dev.diplomacy.core.actors.Person;
import dev.diplomacy.core.actors.Position;
import dev.diplomacy.core.actors.State;
import dev.diplomacy.core.codes.DirectedCoding;
import dev.diplomacy.core.codes.EventCoding;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.dossier.ValidationReport;
import dev.diplomacy.core.events.Agent;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.AgreementKind;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.EventKind;
import dev.diplomacy.core.events.EventLink;
import dev.diplomacy.core.events.Provision;
import dev.diplomacy.core.events.ProvisionKind;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.events.VisitKind;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.relations.Relationship;
import dev.diplomacy.core.relations.RelationshipKind;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.sources.Source;
import dev.diplomacy.core.sources.SourceKind;
import dev.diplomacy.core.time.DateSpan;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.json.DiplomacyJson;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A treaty that makes an alliance: the Treaty on Comprehensive Strategic Partnership between the
 * Russian Federation and the Democratic People's Republic of Korea, signed in Pyongyang on 19 June
 * 2024 by Vladimir Putin and Kim Jong Un during Putin's state visit. Its parties are the two
 * states; its signatories the two leaders, Putin "as President of the Russian Federation"; its
 * Article 4 binds each party to give the other military and other assistance when it is attacked;
 * the alliance it made links back to it.
 *
 * <p>Only facts the sources below give are modelled: NHK World (20 June 2024) and The Chosun Ilbo
 * (20 June 2024), both reporting the text KCNA published on 20 June 2024. Kim Jong Un's capacity is
 * left out rather than guessed. The program validates the dossier, writes it as JSON and reads it
 * back, and prints every coding of every event ({@link EventCoding#codings(Event, Dossier)}).
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am package -DskipTests exec:java
 * -Dexec.mainClass=dev.diplomacy.examples.AllianceTreaty}.
 */
public final class AllianceTreaty {

  static final Id RUSSIA = Id.of("russia");
  static final Id DPRK = Id.of("north-korea");
  static final Id PUTIN = Id.of("vladimir-putin");
  static final Id KIM = Id.of("kim-jong-un");
  static final Id VISIT = Id.of("putin-state-visit-dprk-2024");
  static final Id TREATY = Id.of("russia-dprk-comprehensive-strategic-partnership-treaty");
  static final Id ALLIANCE = Id.of("russia-dprk-alliance");
  static final Id NHK = Id.of("nhk-2024-06-20-treaty-text");
  static final Id CHOSUN = Id.of("chosun-2024-06-20-treaty-text");

  /** The President of the Russian Federation, as the treaty's signatory. */
  static final String PRESIDENT = "President of the Russian Federation";

  private AllianceTreaty() {}

  /** The dossier of the treaty: two states, two leaders, the visit, the treaty, the alliance. */
  public static Dossier dossier() {
    Place pyongyang = Place.of("Pyongyang", Country.of("KP"));
    Person putin =
        Person.builder()
            .id(PUTIN)
            .name(Name.of("Vladimir Putin"))
            .nationality(Country.of("RU"))
            .addPosition(
                Position.builder()
                    .title(PRESIDENT)
                    .country(Country.of("RU"))
                    .held(DateSpan.parse("2012-05-07/.."))
                    .build())
            .build();
    Person kim =
        Person.builder().id(KIM).name(Name.of("Kim Jong Un")).nationality(Country.of("KP")).build();
    Visit visit =
        Visit.builder()
            .id(VISIT)
            .when(When.on("2024-06-19"))
            .place(pyongyang)
            .addVisitor(Agent.of(PUTIN, PRESIDENT))
            .host(KIM)
            .visitKind(VisitKind.STATE)
            .addCitation(Citation.of(NHK))
            .build();
    Agreement treaty =
        Agreement.builder()
            .id(TREATY)
            .when(When.on("2024-06-19"))
            .place(pyongyang)
            .addParty(RUSSIA)
            .addParty(DPRK)
            .addSignatory(Agent.of(PUTIN, PRESIDENT))
            .addSignatory(KIM)
            .title("Treaty on Comprehensive Strategic Partnership")
            .agreementKind(AgreementKind.TREATY)
            .addProvision(
                Provision.builder().provisionKind(ProvisionKind.CONSULTATION).article("3").build())
            .addProvision(
                Provision.builder()
                    .provisionKind(ProvisionKind.MUTUAL_ASSISTANCE)
                    .article("4")
                    .text("military and other assistance with all means at its disposal")
                    .build())
            .addCitation(
                Citation.builder()
                    .source(CHOSUN)
                    .quote("provide military and other assistance with all means at its disposal")
                    .build())
            .addCitation(Citation.of(NHK))
            .addLink(EventLink.partOf(VISIT))
            .build();
    Relationship alliance =
        Relationship.builder()
            .id(ALLIANCE)
            .addParties(RUSSIA, DPRK)
            .relationshipKind(RelationshipKind.ALLIANCE)
            .periodDescription("since the treaty signed in Pyongyang on 19 June 2024")
            .basis("mutual military assistance in case of armed attack")
            .addAgreement(TREATY)
            .addCitation(
                Citation.builder()
                    .source(NHK)
                    .quote(
                        "Kim said relations between the two countries had reached the level of an alliance")
                    .build())
            .build();
    return Dossier.builder()
        .title("Russia and North Korea: the Treaty on Comprehensive Strategic Partnership")
        .addActors(State.of(RUSSIA, Country.of("RU")), State.of(DPRK, Country.of("KP")), putin, kim)
        .addEvents(visit, treaty)
        .addRelationship(alliance)
        .addSources(
            Source.builder()
                .id(NHK)
                .sourceKind(SourceKind.ARTICLE)
                .title(
                    "North Korea-Russia treaty pledges mutual military assistance against invasion")
                .url(URI.create("https://www3.nhk.or.jp/nhkworld/en/news/20240620_09/"))
                .published(PartialDate.of(2024, 6, 20))
                .language("en")
                .build(),
            Source.builder()
                .id(CHOSUN)
                .sourceKind(SourceKind.ARTICLE)
                .url(
                    URI.create(
                        "https://www.chosun.com/english/north-korea-en/2024/06/20/EGOEOSXPHFDQ3GK6NJN2TILA4U/"))
                .published(PartialDate.of(2024, 6, 20))
                .language("en")
                .build())
        .build();
  }

  /** Prints the treaty's dossier to standard output, in UTF-8; the arguments are ignored. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    print(dossier(), out);
    out.flush();
  }

  /** Prints the validation, the JSON round trip, the agreement and every coding of every event. */
  static void print(Dossier dossier, PrintStream out) {
    out.println("# " + dossier.title().orElse("A dossier"));
    out.println();
    out.println("## Validation");
    out.println();
    ValidationReport report = dossier.validate();
    out.println(report.errors().size() + " errors, " + report.warnings().size() + " warnings.");
    for (Finding finding : report.findings()) {
      out.println("- " + finding);
    }
    out.println();
    out.println("## JSON");
    out.println();
    DiplomacyJson json = DiplomacyJson.strict();
    String written = json.write(dossier);
    boolean equal = json.read(written, Dossier.class).equals(dossier);
    out.println(
        "Written as "
            + written.length()
            + " characters of JSON; read back: "
            + (equal ? "equal to the dossier built." : "NOT equal to the dossier built."));
    out.println();
    out.println("## Agreements");
    for (Event e : dossier.events()) {
      if (e.kind() == EventKind.AGREEMENT) {
        printAgreement((Agreement) e, dossier, out);
      }
    }
    out.println();
    out.println("## Every coding of every event");
    out.println();
    for (Event e : dossier.events()) {
      out.println("- " + e.id() + ":");
      for (DirectedCoding c : EventCoding.codings(e, dossier)) {
        out.println(
            "  - " + c + ", " + c.coding().quadClass() + ", Goldstein " + c.coding().goldstein());
      }
    }
  }

  private static void printAgreement(Agreement a, Dossier dossier, PrintStream out) {
    out.println();
    out.println("### " + a.title().orElse(a.id().value()));
    out.println();
    out.println("- parties: " + a.parties());
    for (Agent s : a.signatories()) {
      out.println(
          "- signed by "
              + s.actor()
              + s.capacity().map(c -> ", as " + c).orElse(", capacity not given"));
    }
    for (Provision p : a.provisions()) {
      out.println(
          "- article "
              + p.article().orElse("?")
              + ": "
              + p.provisionKind()
              + p.text().map(t -> ": \"" + t + "\"").orElse(""));
    }
    for (Relationship r : dossier.relationships()) {
      if (r.agreements().contains(a.id())) {
        out.println(
            "- made or changed the relationship " + r.id() + " (" + r.relationshipKind() + ")");
      }
    }
  }
}
