package dev.diplomacy.core.events;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.diplomacy.core.ExtensionValue;
import dev.diplomacy.core.ExternalId;
import dev.diplomacy.core.Id;
import dev.diplomacy.core.codes.CameoCode;
import dev.diplomacy.core.codes.CameoCodebook;
import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.codes.PloverCategory;
import dev.diplomacy.core.codes.PloverMapping;
import dev.diplomacy.core.codes.QuadClass;
import dev.diplomacy.core.geography.AdminDivision;
import dev.diplomacy.core.geography.Area;
import dev.diplomacy.core.geography.AreaKind;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.sources.Certainty;
import dev.diplomacy.core.sources.Citation;
import dev.diplomacy.core.time.PartialDate;
import dev.diplomacy.core.time.When;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid events of every kind, with every envelope attribute exercised:
 * reusable by any test that needs arbitrary events.
 *
 * <p>Actors are drawn from a small pool ({@code actor-0} to {@code actor-39}) so that collisions
 * the rules must avoid (an envoy who is also a recipient) would be likely if a generator were
 * wrong; event ids ({@code event-n}) and link targets ({@code other-n}) never collide.
 */
public final class EventGenerators {

  private static final int ACTOR_POOL = 40;

  private EventGenerators() {}

  /** Any valid event, of any kind. */
  public static Gen<Event> events() {
    return Generate.pick(List.of(EventKind.values())).<Event>flatMap(EventGenerators::events);
  }

  /** Valid events of {@code kind}. */
  public static Gen<? extends Event> events(EventKind kind) {
    return switch (kind) {
      case MEETING -> meetings();
      case MESSAGE -> messages();
      case SUPPORT_PLEDGE -> supportPledges();
      case VISIT -> visits();
      case DELEGATION -> delegations();
      case MOURNING -> mournings();
      case STATEMENT -> statements();
      case MATERIAL_TRANSFER -> materialTransfers();
      case AGREEMENT -> agreements();
      case RELATIONS_CHANGE -> relationsChanges();
      case CODED -> codedEvents();
      case OPAQUE -> opaqueEvents();
    };
  }

  /** {@code Meeting.builder().from(m).build()} and the like, for an event of any kind. */
  public static Event rebuild(Event e) {
    return builderOf(e).build();
  }

  /**
   * {@code Meeting.builder().from(m)} and the like: a builder of {@code e}'s kind, filled from it.
   */
  public static Event.Builder<?> builderOf(Event e) {
    return switch (e.kind()) {
      case MEETING -> Meeting.builder().from((Meeting) e);
      case MESSAGE -> Message.builder().from((Message) e);
      case SUPPORT_PLEDGE -> SupportPledge.builder().from((SupportPledge) e);
      case VISIT -> Visit.builder().from((Visit) e);
      case DELEGATION -> Delegation.builder().from((Delegation) e);
      case MOURNING -> Mourning.builder().from((Mourning) e);
      case STATEMENT -> Statement.builder().from((Statement) e);
      case MATERIAL_TRANSFER -> MaterialTransfer.builder().from((MaterialTransfer) e);
      case AGREEMENT -> Agreement.builder().from((Agreement) e);
      case RELATIONS_CHANGE -> RelationsChange.builder().from((RelationsChange) e);
      case CODED -> CodedEvent.builder().from((CodedEvent) e);
      case OPAQUE -> OpaqueEvent.builder().from((OpaqueEvent) e);
    };
  }

  /** An actor id from the pool. */
  public static Gen<Id> actors() {
    return integers().between(0, ACTOR_POOL - 1).map(n -> Id.of("actor-" + n));
  }

  /** Between {@code min} and {@code max} distinct actor ids, in random order. */
  public static Gen<List<Id>> distinctActors(int min, int max) {
    return in -> {
      int size = integers().between(min, max).generate(in);
      Set<Id> ids = new LinkedHashSet<>();
      while (ids.size() < size) {
        ids.add(actors().generate(in));
      }
      return new ArrayList<>(ids);
    };
  }

  /** Non-blank text, or nothing. */
  public static Gen<Optional<String>> optionalTexts() {
    return texts().toOptionals(40);
  }

  /** Non-blank text: a letter, then letters, digits, spaces and punctuation. */
  public static Gen<String> texts() {
    Gen<String> head = Generate.pick(List.of("a", "Z", "é", "김", "'"));
    Gen<String> tail = strings().basicLatinAlphabet().ofLengthBetween(0, 20);
    return head.zip(tail, String::concat);
  }

  private static Gen<Boolean> coin() {
    return Generate.booleans();
  }

  private static <T extends Enum<T>> Gen<Optional<T>> optionalEnum(Class<T> type) {
    return Generate.enumValues(type).toOptionals(30);
  }

  private static Gen<PartialDate> dates() {
    return in -> {
      int year = integers().between(1900, 2030).generate(in);
      int precision = integers().between(0, 2).generate(in);
      int month = integers().between(1, 12).generate(in);
      int day = integers().between(1, 28).generate(in);
      return precision == 0
          ? PartialDate.ofYear(year)
          : precision == 1
              ? PartialDate.ofYearMonth(year, month)
              : PartialDate.of(year, month, day);
    };
  }

  private static Gen<When> whens() {
    return in -> {
      PartialDate date = dates().generate(in);
      return coin().generate(in)
          ? When.on(date)
          : When.between(date, PartialDate.ofYear(date.year() + 1));
    };
  }

  private static Gen<Place> places() {
    Gen<Country> countries =
        Generate.pick(List.of("KP", "CU", "RU", "VE", "SY", "CD", "UG", "ZW")).map(Country::of);
    return in -> {
      Optional<Area> area = areas().toOptionals(20).generate(in);
      boolean international =
          area.map(Area::areaKind)
              .filter(
                  k -> k == AreaKind.INTERNATIONAL_WATERS || k == AreaKind.INTERNATIONAL_AIRSPACE)
              .isPresent();
      return Place.builder()
          .country(international ? Optional.empty() : Optional.of(countries.generate(in)))
          .admin1(adminDivisions().toOptionals(30).generate(in))
          .admin2(adminDivisions().toOptionals(20).generate(in))
          .locality(optionalTexts().generate(in))
          .island(texts().toOptionals(15).generate(in))
          .area(area)
          .build();
    };
  }

  /**
   * Areas of no one country, of every kind, with up to two countries and up to two administrators
   * from the actor pool.
   */
  public static Gen<Area> areas() {
    Gen<Country> countries =
        Generate.pick(List.of("KP", "KR", "IN", "PK", "CN", "JP")).map(Country::of);
    return in ->
        Area.builder()
            .areaKind(Generate.enumValues(AreaKind.class).generate(in))
            .name(optionalTexts().generate(in))
            .countries(new LinkedHashSet<>(lists().of(countries).ofSizeBetween(0, 2).generate(in)))
            .administrators(distinctActors(0, 2).generate(in))
            .build();
  }

  /** What an event is about: an actor of the pool, or another event, maybe on an occasion. */
  public static Gen<About> abouts() {
    return in ->
        About.builder()
            .subject(
                coin().generate(in)
                    ? actors().generate(in)
                    : Id.of("other-" + integers().between(0, 9).generate(in)))
            .occasion(optionalEnum(Occasion.class).generate(in))
            .build();
  }

  /** Precedents: an ordinal, maybe a series, maybe the year since which it counts. */
  public static Gen<Precedent> precedents() {
    return in ->
        Precedent.builder()
            .ordinal(integers().between(1, 5).generate(in))
            .series(optionalTexts().generate(in))
            .since(
                integers()
                    .between(1850, 1899)
                    .map(PartialDate::ofYear)
                    .toOptionals(50)
                    .generate(in))
            .build();
  }

  /**
   * Administrative divisions: a name, a code such as GDELT's ({@code KN12}, {@code 40108}), or
   * both.
   */
  public static Gen<AdminDivision> adminDivisions() {
    Gen<String> codes = Generate.pick(List.of("KN12", "USTX", "UKE4", "40108", "DC001", "RS48"));
    return in -> {
      int which = integers().between(0, 2).generate(in);
      AdminDivision.Builder b = AdminDivision.builder();
      if (which != 1) {
        b.name(texts().generate(in));
      }
      if (which != 0) {
        b.code(codes.generate(in));
      }
      return b.build();
    };
  }

  /**
   * Dataset codings of every shape: ICEWS's (record, code, figure, quad class), GDELT's, PLOVER's
   * (a category with a mode and contexts), with sources and targets from the actor pool.
   */
  public static Gen<DatasetCoding> datasetCodings() {
    Gen<CameoCode> codes =
        Generate.pick(List.of("040", "042", "043", "0331", "111", "190", "016")).map(CameoCode::of);
    Gen<BigDecimal> figures =
        Generate.pick(List.of("1.0", "-2.0", "2.8", "3.4", "-10", "7", "0.25"))
            .map(s -> new BigDecimal(s));
    return in -> {
      DatasetCoding.Builder b =
          DatasetCoding.builder()
              .dataset(Generate.pick(List.of("icews", "gdelt", "plover", "acme-2")).generate(in));
      if (coin().generate(in)) {
        b.record(String.valueOf(integers().between(1, 999_999_999).generate(in)));
      }
      boolean plover = integers().between(0, 3).generate(in) == 0;
      if (plover) {
        PloverMapping.Builder m =
            PloverMapping.builder()
                .category(Generate.enumValues(PloverCategory.class).generate(in));
        if (coin().generate(in)) {
          m.mode(Generate.pick(List.of("visit", "third-party", "phone")).generate(in));
        }
        if (coin().generate(in)) {
          m.addContext("diplomatic");
        }
        b.plover(m.build());
      }
      if (!plover || coin().generate(in)) {
        b.cameo(codes.generate(in));
      }
      b.goldstein(figures.toOptionals(70).generate(in));
      b.quadClass(optionalEnum(QuadClass.class).generate(in));
      b.sources(distinctActors(0, 2).generate(in));
      b.targets(distinctActors(0, 2).generate(in));
      return b.build();
    };
  }

  /**
   * A coded event that carries a random envelope, to be copied into a builder of any kind with
   * {@code builder().from((Event) template)}: the builders' {@code from(Event)} copies exactly the
   * envelope's attributes.
   */
  private static Gen<CodedEvent> envelopes() {
    return in -> {
      CodedEvent.Builder b =
          CodedEvent.builder()
              .id(Id.of("event-" + integers().between(0, 1_000_000).generate(in)))
              .addParticipant(Participant.of(Id.of("actor-0")))
              .cameoCode("01")
              .when(whens().toOptionals(70).generate(in))
              .place(places().toOptionals(60).generate(in))
              .summary(optionalTexts().generate(in));
      if (coin().generate(in)) {
        b.certainty(Generate.enumValues(Certainty.class).generate(in));
      }
      int citations = integers().between(0, 3).generate(in);
      for (int i = 0; i < citations; i++) {
        b.addCitation(
            Citation.builder()
                .source(Id.of("source-" + i))
                .quote(optionalTexts().generate(in))
                .locator(optionalTexts().generate(in))
                .build());
      }
      List<About> about = lists().of(abouts()).ofSizeBetween(0, 2).generate(in);
      if (about.size() < 2 || !about.get(0).subject().equals(about.get(1).subject())) {
        b.about(about);
      }
      b.precedent(precedents().toOptionals(30).generate(in));
      int links = integers().between(0, 3).generate(in);
      for (int i = 0; i < links; i++) {
        b.addLink(EventLink.of(i == 0 ? LinkKind.REPLY_TO : LinkKind.FOLLOWS, Id.of("other-" + i)));
      }
      if (coin().generate(in)) {
        b.addExternalId(
            ExternalId.of("icews", String.valueOf(integers().between(1, 99_999_999).generate(in))));
      }
      b.datasetCodings(
          new LinkedHashSet<>(lists().of(datasetCodings()).ofSizeBetween(0, 2).generate(in)));
      if (coin().generate(in)) {
        b.putExtension("acme:confidence", ExtensionValue.of(new BigDecimal("0.8")));
        b.putExtension(
            "acme:tags",
            new ExtensionValue.ListValue(List.of(ExtensionValue.of("x"), ExtensionValue.ofNull())));
      }
      return b.build();
    };
  }

  /** Valid meetings: 2 to 6 distinct actors, at most one host, bilateral only between two. */
  public static Gen<Meeting> meetings() {
    Gen<Role> roles =
        Generate.pick(
            List.of(
                Role.PARTICIPANT,
                Role.GUEST,
                Role.HEAD_OF_DELEGATION,
                Role.DELEGATION_MEMBER,
                Role.MEDIATOR));
    return in -> {
      List<Id> actors = distinctActors(2, 6).generate(in);
      boolean hosted = coin().generate(in);
      List<Participant> participants = new ArrayList<>();
      for (int i = 0; i < actors.size(); i++) {
        participants.add(
            Participant.builder()
                .actor(actors.get(i))
                .role(hosted && i == 0 ? Role.HOST : roles.generate(in))
                .capacity(optionalTexts().generate(in))
                .build());
      }
      Optional<MeetingFormat> format =
          optionalEnum(MeetingFormat.class)
              .generate(in)
              .filter(
                  f ->
                      f != MeetingFormat.BILATERAL
                          || participants.stream()
                                  .filter(p -> p.role() != Role.DELEGATION_MEMBER)
                                  .count()
                              == 2);
      return Meeting.builder()
          .from((Event) envelopes().generate(in))
          .participants(participants)
          .format(format)
          .topics(lists().of(texts()).ofSizeBetween(0, 2).generate(in))
          .atmosphere(optionalTexts().generate(in))
          .build();
    };
  }

  /** {@code actor} as an agent, in a capacity or none. */
  public static Gen<Agent> agents(Id actor) {
    return in -> Agent.builder().actor(actor).capacity(optionalTexts().generate(in)).build();
  }

  /** Each of {@code actors} as an agent, in a capacity or none. */
  private static Gen<List<Agent>> agents(List<Id> actors) {
    return in -> {
      List<Agent> out = new ArrayList<>();
      for (Id a : actors) {
        out.add(agents(a).generate(in));
      }
      return out;
    };
  }

  /** Valid provisions: any kind, maybe an article and words. */
  public static Gen<Provision> provisions() {
    return in ->
        Provision.builder()
            .provisionKind(Generate.enumValues(ProvisionKind.class).generate(in))
            .article(optionalTexts().generate(in))
            .text(optionalTexts().generate(in))
            .build();
  }

  /** Valid messages: a sender, 1 to 3 other recipients and maybe an envoy, all distinct. */
  public static Gen<Message> messages() {
    return in -> {
      List<Id> actors = distinctActors(2, 5).generate(in);
      boolean envoy = actors.size() > 2 && coin().generate(in);
      Optional<String> content = optionalTexts().generate(in);
      return Message.builder()
          .from((Event) envelopes().generate(in))
          .sender(agents(actors.get(0)).generate(in))
          .recipients(actors.subList(1, envoy ? actors.size() - 1 : actors.size()))
          .envoy(
              envoy
                  ? Optional.of(agents(actors.get(actors.size() - 1)).generate(in))
                  : Optional.empty())
          .messageKind(Generate.enumValues(MessageKind.class).generate(in))
          .medium(optionalEnum(Medium.class).generate(in))
          .content(content)
          .disclosure(
              optionalEnum(Disclosure.class)
                  .generate(in)
                  .filter(d -> content.isEmpty() || d != Disclosure.UNDISCLOSED))
          .build();
    };
  }

  /** Valid pledges: two distinct actors, UNSPECIFIED alone or other kinds. */
  public static Gen<SupportPledge> supportPledges() {
    return in -> {
      List<Id> actors = distinctActors(2, 2).generate(in);
      Set<SupportKind> kinds = EnumSet.noneOf(SupportKind.class);
      if (coin().generate(in)) {
        kinds.add(SupportKind.UNSPECIFIED);
      } else {
        int n = integers().between(1, 5).generate(in);
        for (int i = 0; i < n; i++) {
          kinds.add(SupportKind.values()[integers().between(0, 4).generate(in)]);
        }
      }
      return SupportPledge.builder()
          .from((Event) envelopes().generate(in))
          .pledger(agents(actors.get(0)).generate(in))
          .beneficiary(actors.get(1))
          .supportKinds(kinds)
          .content(optionalTexts().generate(in))
          .context(optionalTexts().generate(in))
          .build();
    };
  }

  /** Valid visits: 1 to 3 visitors, a host who is not one of them, or a place. */
  public static Gen<Visit> visits() {
    return in -> {
      List<Id> actors = distinctActors(1, 4).generate(in);
      boolean host = actors.size() > 1 && coin().generate(in);
      Visit.Builder b =
          Visit.builder()
              .from((Event) envelopes().generate(in))
              .visitors(
                  agents(actors.subList(0, host ? actors.size() - 1 : actors.size())).generate(in))
              .host(
                  host
                      ? Optional.of(agents(actors.get(actors.size() - 1)).generate(in))
                      : Optional.empty())
              .visitKind(optionalEnum(VisitKind.class).generate(in));
      if (!host) {
        b.place(places().generate(in));
      }
      return b.build();
    };
  }

  /** Valid delegations: sender, maybe head, members and host, all distinct. */
  public static Gen<Delegation> delegations() {
    return in -> {
      List<Id> actors = distinctActors(1, 6).generate(in);
      int next = 1;
      Optional<Agent> head = Optional.empty();
      if (next < actors.size() && coin().generate(in)) {
        head = Optional.of(agents(actors.get(next++)).generate(in));
      }
      Optional<Agent> host = Optional.empty();
      if (next < actors.size() && coin().generate(in)) {
        host = Optional.of(agents(actors.get(next++)).generate(in));
      }
      return Delegation.builder()
          .from((Event) envelopes().generate(in))
          .sender(actors.get(0))
          .head(head)
          .host(host)
          .members(agents(actors.subList(next, actors.size())).generate(in))
          .occasion(optionalTexts().generate(in))
          .build();
    };
  }

  /** Valid mournings: declarer and mourned distinct, 1 to 30 days or none said. */
  public static Gen<Mourning> mournings() {
    return in -> {
      List<Id> actors = distinctActors(2, 2).generate(in);
      Mourning.Builder b =
          Mourning.builder()
              .from((Event) envelopes().generate(in))
              .declarer(actors.get(0))
              .mourned(actors.get(1));
      if (coin().generate(in)) {
        b.days(integers().between(1, 30).generate(in));
      }
      return b.build();
    };
  }

  /** Valid statements: a speaker and 0 to 3 distinct subjects, possibly the speaker too. */
  public static Gen<Statement> statements() {
    return in -> {
      List<Id> subjects = distinctActors(0, 3).generate(in);
      return Statement.builder()
          .from((Event) envelopes().generate(in))
          .speaker(agents(actors().generate(in)).generate(in))
          .subjects(subjects)
          .statementKind(optionalEnum(StatementKind.class).generate(in))
          .content(optionalTexts().generate(in))
          .build();
    };
  }

  /**
   * Valid changes of relations: 1 to 3 initiators and 0 to 2 counterparts, distinct, at least two
   * in all; 0 to 2 diplomats who are neither; any kind.
   */
  public static Gen<RelationsChange> relationsChanges() {
    return in -> {
      List<Id> actors = distinctActors(2, 7).generate(in);
      int initiators = integers().between(1, Math.min(3, actors.size())).generate(in);
      int counterparts =
          initiators == 1
              ? integers().between(1, Math.min(2, actors.size() - 1)).generate(in)
              : integers().between(0, Math.min(2, actors.size() - initiators)).generate(in);
      return RelationsChange.builder()
          .from((Event) envelopes().generate(in))
          .initiators(actors.subList(0, initiators))
          .counterparts(actors.subList(initiators, initiators + counterparts))
          .diplomats(
              actors.subList(initiators + counterparts, actors.size()).stream().limit(2).toList())
          .relationsChangeKind(Generate.enumValues(RelationsChangeKind.class).generate(in))
          .build();
    };
  }

  /** Valid items: a description, maybe a positive quantity and then maybe a unit. */
  public static Gen<Item> items() {
    return in -> {
      Item.Builder b = Item.builder().description(texts().generate(in));
      if (coin().generate(in)) {
        b.quantity(
            BigDecimal.valueOf(
                integers().between(1, 1_000_000).generate(in),
                integers().between(0, 3).generate(in)));
        b.unit(optionalTexts().generate(in));
      }
      return b.build();
    };
  }

  /** Valid transfers: provider and recipient distinct, 1 to 3 items. */
  public static Gen<MaterialTransfer> materialTransfers() {
    return in -> {
      List<Id> actors = distinctActors(2, 2).generate(in);
      MaterialTransfer.Builder b =
          MaterialTransfer.builder()
              .from((Event) envelopes().generate(in))
              .provider(actors.get(0))
              .recipient(actors.get(1))
              .terms(optionalEnum(TransferTerms.class).generate(in));
      int n = integers().between(1, 3).generate(in);
      for (int i = 0; i < n; i++) {
        b.addItem(items().generate(in));
      }
      return b.build();
    };
  }

  /**
   * Valid agreements: either 2 to 5 distinct signatories and no parties (as before parties), or 2
   * to 3 distinct parties and 0 to 3 signatories who are not parties; 0 to 3 provisions.
   */
  public static Gen<Agreement> agreements() {
    return in -> {
      Agreement.Builder b =
          Agreement.builder()
              .from((Event) envelopes().generate(in))
              .title(optionalTexts().generate(in))
              .agreementKind(optionalEnum(AgreementKind.class).generate(in))
              .provisions(lists().of(provisions()).ofSizeBetween(0, 3).generate(in));
      if (coin().generate(in)) {
        return b.signatories(agents(distinctActors(2, 5).generate(in)).generate(in)).build();
      }
      List<Id> actors = distinctActors(2, 6).generate(in);
      int parties = Math.min(actors.size(), integers().between(2, 3).generate(in));
      return b.parties(actors.subList(0, parties))
          .signatories(agents(actors.subList(parties, actors.size())).generate(in))
          .build();
    };
  }

  /** Valid coded events: 1 to 3 distinct actors in any role, a CAMEO code of the codebook. */
  public static Gen<CodedEvent> codedEvents() {
    return in -> {
      List<Participant> participants = new ArrayList<>();
      for (Id actor : distinctActors(1, 3).generate(in)) {
        participants.add(Participant.of(actor, Generate.enumValues(Role.class).generate(in)));
      }
      List<CameoCode> all = CameoCodebook.all();
      String code = all.get(integers().between(0, all.size() - 1).generate(in)).code();
      CodedEvent.Builder b =
          CodedEvent.builder()
              .from((Event) envelopes().generate(in))
              .participants(participants)
              .cameoCode(code)
              .label(optionalTexts().generate(in));
      if (coin().generate(in)) {
        b.intensity(integers().between(-100, 100).generate(in) / 10.0);
      }
      return b.build();
    };
  }

  /** Valid events of an unknown kind, as lenient reading keeps them. */
  public static Gen<OpaqueEvent> opaqueEvents() {
    Gen<String> typeNames =
        Generate.pick(List.of("summit_communique", "ceasefire", "x1", "joint_patrol_2"));
    return in -> {
      List<Participant> participants = new ArrayList<>();
      for (Id actor : distinctActors(0, 3).generate(in)) {
        participants.add(Participant.of(actor));
      }
      return OpaqueEvent.builder()
          .from((Event) envelopes().generate(in))
          .typeName(typeNames.generate(in))
          .participants(participants)
          .build();
    };
  }
}
