package dev.diplomacy.core.codes;

import dev.diplomacy.core.Id;
import dev.diplomacy.core.actors.Actor;
import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Agent;
import dev.diplomacy.core.events.Agreement;
import dev.diplomacy.core.events.CodedEvent;
import dev.diplomacy.core.events.Delegation;
import dev.diplomacy.core.events.Direction;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.MaterialTransfer;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.core.events.MeetingFormat;
import dev.diplomacy.core.events.Message;
import dev.diplomacy.core.events.Mourning;
import dev.diplomacy.core.events.OpaqueEvent;
import dev.diplomacy.core.events.Participant;
import dev.diplomacy.core.events.RelationsChange;
import dev.diplomacy.core.events.RelationsChangeKind;
import dev.diplomacy.core.events.Role;
import dev.diplomacy.core.events.Statement;
import dev.diplomacy.core.events.SupportKind;
import dev.diplomacy.core.events.SupportPledge;
import dev.diplomacy.core.events.TransferTerms;
import dev.diplomacy.core.events.Visit;
import dev.diplomacy.core.events.VisitKind;
import dev.diplomacy.core.geography.Area;
import dev.diplomacy.core.geography.AreaKind;
import dev.diplomacy.core.geography.Country;
import dev.diplomacy.core.geography.Place;
import dev.diplomacy.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The CAMEO codes of every event, by its kind and attributes, each with its source and target
 * actors, and the PLOVER category that {@link PloverTable#forCameo} gives for each code. Every code
 * comes from the CAMEO {@link CameoCodebook#version() 1.1b3} codebook; where the choice needs
 * judgement, the reason is the codebook's own description of the code.
 *
 * <pre>{@code
 * Coding c = EventCoding.of(meeting, dossier);
 * c.cameo();      // 044
 * c.plover();     // CONSULT, mode third-party
 * EventCoding.codings(meeting, dossier);
 * // [044 [kim-jong-un] -> [donald-trump], 044 [donald-trump] -> [kim-jong-un]]
 * }</pre>
 *
 * <p>CAMEO is directed: a source acts on a target, and some happenings are two codes, such as a
 * visit, the visitor's 042 and the host's 043. {@link #codings(Event, Dossier)} gives every coding
 * a coder would emit for an event, each a {@link DirectedCoding} naming its sources and targets,
 * the primary one first; {@link #of(Event, Dossier)} gives the {@link Coding} of the primary one
 * alone. A reciprocal code (040, 041, 044, 057) is listed once per side, from that side to every
 * other, as ICEWS lists a consultation twice, {@code A → B} and {@code B → A}; a coding with
 * several sources or targets stands for each pair of them. The first table says which code is the
 * primary one; the second, every coding of each kind and its direction.
 *
 * <table>
 *   <caption>The rules, tried from top to bottom within each kind</caption>
 *   <tr><th>kind</th><th>when</th><th>CAMEO</th><th>PLOVER</th><th>why</th></tr>
 *   <tr><td>Meeting</td><td>format {@code PHONE}</td><td>041 Discuss by telephone</td>
 *       <td>CONSULT phone</td><td>the codebook's code for talks by telephone</td></tr>
 *   <tr><td>Meeting</td><td>format {@code VIDEO}</td><td>041 Discuss by telephone</td>
 *       <td>CONSULT phone</td><td>CAMEO has no code for a video call; 041 is the one remote
 *       conversation it has (said in a note)</td></tr>
 *   <tr><td>Meeting</td><td>given a dossier, with a {@code HOST} and two guests or more: the
 *       place's country is known, the country of every participant but the host is known, and
 *       none of them is the place's</td><td>044 Meet at a 'third' location</td><td>CONSULT
 *       third-party</td><td>"a neutral location, some place with which none of the attending
 *       parties are associated": the guests met at a third location, which a host does not change;
 *       the host's 043 and the guests' 042 follow, as 044 "is typically accompanied by two other
 *       linked events, 'Make a visit' (042) and 'Host a visit' (043)". The host's own country does
 *       not decide: a host is at home ("at residence, office or home country") wherever it
 *       receives</td></tr>
 *   <tr><td>Meeting</td><td>otherwise, a participant is the {@code HOST}</td><td>043 Host a
 *       visit</td><td>CONSULT visit</td><td>"Host or receive a visitor at residence, office or
 *       home country"; the host is CAMEO's source</td></tr>
 *   <tr><td>Meeting</td><td>given a dossier: the place's country is known, the country of every
 *       participant is known, and it is none of them</td><td>044 Meet at a 'third'
 *       location</td><td>CONSULT third-party</td><td>as above</td></tr>
 *   <tr><td>Meeting</td><td>otherwise</td><td>040 Consult</td><td>CONSULT</td><td>"All
 *       consultations and meetings not otherwise specified"; without a dossier, or where a
 *       participant's country is unknown, a third location cannot be told (said in a note).
 *       CAMEO 046 (negotiate) needs to know that the talks were negotiations, which a meeting does
 *       not say</td></tr>
 *   <tr><td>Visit</td><td>any, {@code CONDOLENCE} included</td><td>042 Make a visit</td>
 *       <td>CONSULT visit</td><td>"Travel to another location for a meeting or other event"; the
 *       visitors are CAMEO's source. A condolence visit is still a visit; the condolences spoken
 *       there are 018, the respects paid a symbolic act, 017, each its own event (said in a
 *       note)</td></tr>
 *   <tr><td>Delegation</td><td>any</td><td>042 Make a visit</td><td>CONSULT visit</td><td>the
 *       sender travels through its delegation and is CAMEO's source (said in a note)</td></tr>
 *   <tr><td>Message</td><td>{@code CONDOLENCES}</td><td>018 Make empathetic comment</td>
 *       <td>none: CAMEO 01</td><td>"Express empathy, condolences, sympathy,
 *       understanding"</td></tr>
 *   <tr><td>Message</td><td>{@code GREETINGS}, {@code CONGRATULATIONS}, {@code THANKS}</td>
 *       <td>010 Make statement</td><td>none: CAMEO 01</td><td>courtesies between leaders are
 *       diplomatic communication that PLOVER has no category for; the codebook has no code of its
 *       own for them, so they take 010, its residual code for public statements (said in a note).
 *       CAMEO's verb dictionary of the PETRARCH 2 coder codes the verbs greet, congratulate and
 *       thank as 051 (praise or endorse); the library keeps courtesies apart from praise, which
 *       is a {@code Statement} of kind {@code PRAISE} and codes 051</td></tr>
 *   <tr><td>Message</td><td>{@code INVITATION}</td><td>036 Express intent to meet or
 *       negotiate</td><td>AGREE diplomatic</td><td>"Offer, promise, agree to, or otherwise
 *       indicate willingness or commitment to meet, visit, or engage in talks": an invitation
 *       offers a meeting or visit</td></tr>
 *   <tr><td>Message</td><td>{@code LETTER}, {@code VERBAL_MESSAGE}, {@code NOTE_VERBALE},
 *       {@code OTHER}</td><td>010 Make statement</td><td>none: CAMEO 01</td><td>the form of a
 *       message does not say what it says; 010 is the codebook's residual code for "all public
 *       statements ... not otherwise specified" (said in a note)</td></tr>
 *   <tr><td>SupportPledge</td><td>{@code MILITARY}</td><td>0332 Express intent to provide
 *       military aid</td><td>AGREE military</td><td>a pledge is an intent; delivered aid is a
 *       MaterialTransfer (072)</td></tr>
 *   <tr><td>SupportPledge</td><td>{@code ECONOMIC}</td><td>0331 Express intent to provide
 *       economic aid</td><td>AGREE economic</td><td>as above</td></tr>
 *   <tr><td>SupportPledge</td><td>{@code HUMANITARIAN}</td><td>0333 Express intent to provide
 *       humanitarian aid</td><td>AGREE humanitarian</td><td>as above</td></tr>
 *   <tr><td>SupportPledge</td><td>several of {@code MILITARY}, {@code ECONOMIC}, {@code
 *       HUMANITARIAN}</td><td>033 Express intent to provide material aid</td><td>AGREE
 *       diplomatic</td><td>their common parent</td></tr>
 *   <tr><td>SupportPledge</td><td>{@code POLITICAL}, {@code DIPLOMATIC} or both</td><td>032
 *       Express intent to engage in diplomatic cooperation (such as policy support)</td><td>AGREE
 *       diplomatic</td><td>"the offered or promised support should be non-material, such as
 *       supporting or backing particular policies and/or goals"</td></tr>
 *   <tr><td>SupportPledge</td><td>{@code UNSPECIFIED}, or political and material kinds
 *       together</td><td>030 Express intent to cooperate</td><td>AGREE diplomatic</td><td>the
 *       residual code "when distinctions among codes 031 through 039 cannot be made" (said in a
 *       note)</td></tr>
 *   <tr><td>MaterialTransfer</td><td>terms free of charge, loan, other or not given; every item
 *       military (arms, weapons, rifles, ammunition, missiles, tanks, troops...)</td><td>072
 *       Provide military aid</td><td>AID military</td><td>"military and police assistance
 *       including arms and personnel"</td></tr>
 *   <tr><td>MaterialTransfer</td><td>as above, every item economic (money, loans, credit,
 *       grants, or an amount in a currency)</td><td>071 Provide economic aid</td><td>AID
 *       economic</td><td>the codebook's code for economic aid</td></tr>
 *   <tr><td>MaterialTransfer</td><td>as above, every item humanitarian (food, medicine,
 *       vaccines, relief, tents...)</td><td>073 Provide humanitarian aid</td><td>AID
 *       humanitarian</td><td>the codebook's code for humanitarian aid</td></tr>
 *   <tr><td>MaterialTransfer</td><td>as above, items of several kinds or that the words do not
 *       tell</td><td>070 Provide aid</td><td>AID</td><td>the residual code "when distinctions
 *       among codes 071-075 cannot be made"; the note names the items. A transfer has no
 *       attribute for its kind of aid: the item descriptions are read for the words listed
 *       above</td></tr>
 *   <tr><td>MaterialTransfer</td><td>terms sale or barter; military items</td><td>062
 *       Cooperate militarily</td><td>COOPERATE military</td><td>a sale is an exchange, not aid;
 *       "Unilateral and potentially altruistic provisions of aid should be coded under 'Provide
 *       Aid' (07) instead"</td></tr>
 *   <tr><td>MaterialTransfer</td><td>terms sale or barter; economic or humanitarian
 *       items</td><td>061 Cooperate economically</td><td>COOPERATE economic</td><td>"Trade
 *       relations and other economic exchanges"</td></tr>
 *   <tr><td>MaterialTransfer</td><td>terms sale or barter; other items</td><td>060 Engage in
 *       material cooperation</td><td>COOPERATE</td><td>the residual code of 06</td></tr>
 *   <tr><td>Mourning</td><td>any</td><td>017 Engage in symbolic act</td><td>none: CAMEO
 *       01</td><td>"Use this event form for all symbolic acts, including those that imply
 *       empathy. Use 018 to code only empathetic comments (i.e. not actions)": a declared
 *       mourning is an act (said in a note)</td></tr>
 *   <tr><td>Statement</td><td>{@code PRAISE}</td><td>051 Praise or endorse</td><td>SUPPORT
 *       diplomatic</td><td>"commend, approve"</td></tr>
 *   <tr><td>Statement</td><td>{@code CRITICISM}</td><td>111 Criticize or denounce</td>
 *       <td>ACCUSE disapprove</td><td>"Condemn, decry a policy or an action; criticize"</td></tr>
 *   <tr><td>Statement</td><td>{@code ACCUSATION}</td><td>112 Accuse</td><td>ACCUSE
 *       disapprove</td><td>"Charge, blame, incriminate"</td></tr>
 *   <tr><td>Statement</td><td>{@code VOW}</td><td>030 Express intent to cooperate</td>
 *       <td>AGREE diplomatic</td><td>"Offer, promise ... or otherwise indicate willingness or
 *       commitment to cooperate"</td></tr>
 *   <tr><td>Statement</td><td>{@code DENIAL}</td><td>016 Deny responsibility</td><td>none: CAMEO
 *       01</td><td>"Discard or deny accusations or charges", CAMEO's one code for a
 *       denial</td></tr>
 *   <tr><td>Statement</td><td>{@code CLAIM}, {@code OTHER} or no kind</td><td>010 Make
 *       statement</td><td>none: CAMEO 01</td><td>the residual code for public statements; an
 *       assertion of fact is a plain statement</td></tr>
 *   <tr><td>Agreement</td><td>any</td><td>057 Sign formal agreement</td><td>SUPPORT
 *       diplomatic</td><td>"Ratify, sign, finalize an agreement, treaty"</td></tr>
 *   <tr><td>RelationsChange</td><td>{@code ESTABLISH}</td><td>054 Grant diplomatic
 *       recognition</td><td>SUPPORT diplomatic</td><td>the codebook's one code for taking up
 *       diplomatic relations</td></tr>
 *   <tr><td>RelationsChange</td><td>{@code RESTORE}</td><td>054 Grant diplomatic
 *       recognition</td><td>SUPPORT diplomatic</td><td>relations taken up again; CAMEO has no code
 *       of its own for a restoration (said in a note)</td></tr>
 *   <tr><td>RelationsChange</td><td>{@code OPEN_EMBASSY}</td><td>050 Engage in diplomatic
 *       cooperation</td><td>SUPPORT diplomatic</td><td>the residual code of 05; an embassy opened
 *       does not say that relations were taken up, which 054 would (said in a note)</td></tr>
 *   <tr><td>RelationsChange</td><td>{@code BREAK}, {@code SUSPEND}, {@code DOWNGRADE}, {@code
 *       CLOSE_EMBASSY}, {@code RECALL_DIPLOMATS}</td><td>161 Reduce or break diplomatic
 *       relations</td><td>SANCTION withdraw</td><td>each reduces diplomatic relations or breaks
 *       them off; a suspension, a closed embassy and recalled diplomats have no code of their own
 *       (said in a note)</td></tr>
 *   <tr><td>RelationsChange</td><td>{@code EXPEL_DIPLOMATS}</td><td>166 Expel or withdraw</td>
 *       <td>SANCTION expel</td><td>its subcodes (1661 "Expel or withdraw peacekeepers", 1662
 *       "Expel or withdraw inspectors, observers", 1663 "Expel or withdraw aid agencies") do not
 *       name diplomats, so the parent code; 174 "Expel or deport individuals" is a coercion of
 *       persons, not a step between states (said in a note)</td></tr>
 *   <tr><td>CodedEvent</td><td>any</td><td>its own {@link CodedEvent#cameoCode() code}</td>
 *       <td>by the table</td><td>the code is given</td></tr>
 * </table>
 *
 * <p><b>Places of no one country.</b> Where a meeting's place has no country but an {@link
 * dev.diplomacy.core.geography.Area} (a demilitarised or jointly administered zone, international
 * waters or airspace, disputed territory), the area decides whether it was a third location, in
 * both rows of 044 above: a demilitarised or jointly administered zone and international waters or
 * airspace are no party's home, so the meeting is 044 (a dossier is not needed), as is a meeting of
 * Kim Jong-un and Moon Jae-in in the Joint Security Area at Panmunjom; disputed territory is a
 * third location when, given a dossier, the country of every attending party is known and none of
 * them is among the area's claimants ({@code Area.countries()}), and 040 otherwise, with a note. A
 * place that has a country is coded by its country, whatever its area.
 *
 * <p>The PLOVER column is what {@link PloverTable#forCameo} gives for the code; where it gives
 * nothing, {@link Coding#ploverGap()} says why.
 *
 * <table>
 *   <caption>Every coding of each kind, in order, the primary one first: source → target</caption>
 *   <tr><th>kind</th><th>codings</th><th>the codebook on direction</th></tr>
 *   <tr><td>Meeting, by phone or video, or without a host</td><td>041, 044 or 040 (first table):
 *       each side → every other side. The sides are the participants but delegation members
 *       (their head speaks for them) and mediators; where that leaves fewer than two, every
 *       participant but mediators, then every participant</td><td>041 "is typically a reciprocal
 *       event"; "events coded under 04 are typically, although not always, reciprocal events";
 *       "For 044, the source and the target are the actors who are meeting"</td></tr>
 *   <tr><td>Meeting with a host, at a third location (first table)</td><td>044: each guest → every
 *       other guest; then 043 host → guests; then 042 guests → host</td><td>044 "is typically accompanied by two other linked
 *       events, 'Make a visit' (042) and 'Host a visit' (043), and the event itself is
 *       reciprocal"</td></tr>
 *   <tr><td>Meeting with a host, otherwise</td><td>043 host → guests; then 042 guests → host. The
 *       guests are the sides but the host</td><td>043 "Host or receive a visitor": "typically
 *       accompanied by the linked event 'Make a visit' (042)"</td></tr>
 *   <tr><td>Meeting with mediators</td><td>after the codings above: 045 Mediate, mediators → the
 *       sides</td><td>"Mediate between two or more parties ... The source is always the mediator
 *       and adversaries are the targets". The meeting's own code stays primary: a meeting with a
 *       mediator does not say that the mediation was its purpose</td></tr>
 *   <tr><td>Visit</td><td>042 visitors → host (no target without a host); then, with a host, 043
 *       host → visitors</td><td>042 "Travel to another location for a meeting or other event ...
 *       typically accompanied by the linked event 'Host a visit' (043)"</td></tr>
 *   <tr><td>Delegation</td><td>042 sender → host (no target without a host); then, with a host,
 *       043 host → sender. The head and the members act for the sender and are not
 *       coded</td><td>as a visit</td></tr>
 *   <tr><td>Message</td><td>its code (018, 010 or 036): sender → recipients. The envoy carries
 *       it and is not coded</td><td>018 "Express empathy, condolences, sympathy, understanding";
 *       010 "All public statements expressed verbally or in action not otherwise specified"; 036
 *       "Offer, promise, agree to, or otherwise indicate willingness or commitment to meet, visit,
 *       or engage in talks or negotiations"</td></tr>
 *   <tr><td>SupportPledge</td><td>its code (030, 032, 033, 0331, 0332, 0333): pledger →
 *       beneficiary</td><td>032: "The target should be the recipient of the potential support";
 *       033: "The target should be the prospective recipient of aid"; 0331, 0332, 0333 "Offer,
 *       promise, agree to, or otherwise indicate willingness or commitment to provide" economic,
 *       military, humanitarian support</td></tr>
 *   <tr><td>Statement</td><td>its code (051, 111, 112, 030, 016, 010): speaker → subjects (no
 *       target without subjects)</td><td>051 "Express support for, commend, approve policy,
 *       action, or actor"; 111 "Condemn, decry a policy or an action; criticize, defame, denigrate
 *       responsible parties"; 112 "Charge, blame, incriminate"; 016 "The target for this event
 *       type is the party that introduces some accusation or charge against the source actor who
 *       denies responsibility"</td></tr>
 *   <tr><td>MaterialTransfer</td><td>its code (070 to 073, 060 to 062): provider →
 *       recipient</td><td>070 "All provisions, extension of material aid"; 071 "Extend, provide
 *       monetary aid and financial guarantees, grants, gifts and credit"; 072 "Extend, provide
 *       military and police assistance including arms and personnel"; 073 "Extend, provide
 *       humanitarian aid, mainly in the form of emergency assistance"; 060 "Initiate, resume,
 *       improve, or expand material cooperation or exchange"; 061 "Initiate, resume, improve, or
 *       expand economic exchange or cooperation"; 062 "Initiate, resume, improve, or expand
 *       military exchange or cooperation". A sale is coded once, from the provider the report
 *       names</td></tr>
 *   <tr><td>Mourning</td><td>017 declarer → mourned</td><td>"Engage in symbolic activities such
 *       as holding vigils, attending funerals, and laying wreath"</td></tr>
 *   <tr><td>Agreement</td><td>057: each side → every other side (the parties; without parties, the signatories)</td><td>"Ratify, sign,
 *       finalize an agreement, treaty ... This event code is typically reciprocal"</td></tr>
 *   <tr><td>RelationsChange</td><td>its code (054, 050, 161, 166): initiators →
 *       counterparts; without counterparts, each initiator → every other initiator</td><td>the
 *       codebook's names, "Grant diplomatic recognition", "Engage in diplomatic cooperation",
 *       "Reduce or break diplomatic relations", "Expel or withdraw", name the step the source takes
 *       towards the target; relations taken up together are reciprocal, as an agreement
 *       is</td></tr>
 *   <tr><td>CodedEvent</td><td>its own code: the participants in a source role or a neutral one
 *       → those in a target role; either side may be empty</td><td>the code and the roles are
 *       given; neutral participants are sources as in PLOVER's export</td></tr>
 *   <tr><td>OpaqueEvent</td><td>none</td><td>its kind is one this version does not know, so
 *       nothing says what code it has; {@link #of} refuses it ({@code coding.opaque})</td></tr>
 * </table>
 */
public final class EventCoding {

  /** The roles that do not make a meeting's sides at first: their head or the parties speak. */
  private static final Set<Role> MEMBERS_AND_MEDIATORS =
      Collections.unmodifiableSet(EnumSet.of(Role.DELEGATION_MEMBER, Role.MEDIATOR));

  private static final Set<Role> MEDIATORS = Collections.unmodifiableSet(EnumSet.of(Role.MEDIATOR));

  private static final Set<Role> ALL_BUT_MEDIATORS =
      Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(Role.MEDIATOR)));

  /** The codings without notes, made once: they are immutable. */
  private static final Map<String, Coding> CODINGS = new ConcurrentHashMap<>();

  private static final Set<String> MILITARY_WORDS =
      Set.of(
          "arms",
          "armament",
          "armaments",
          "weapon",
          "weapons",
          "weaponry",
          "rifle",
          "rifles",
          "gun",
          "guns",
          "pistol",
          "pistols",
          "ammunition",
          "munition",
          "munitions",
          "missile",
          "missiles",
          "rocket",
          "rockets",
          "tank",
          "tanks",
          "artillery",
          "grenade",
          "grenades",
          "explosive",
          "explosives",
          "military",
          "ak",
          "kalashnikov",
          "kalashnikovs",
          "warship",
          "warships",
          "troops",
          "soldiers",
          "howitzer",
          "howitzers",
          "mortar",
          "mortars",
          "bomb",
          "bombs",
          "bullets",
          "cartridges",
          "armored",
          "armoured",
          "defence",
          "defense");
  private static final Set<String> ECONOMIC_WORDS =
      Set.of(
          "money",
          "cash",
          "loan",
          "loans",
          "credit",
          "credits",
          "grant",
          "grants",
          "dollar",
          "dollars",
          "euro",
          "euros",
          "yuan",
          "rouble",
          "roubles",
          "ruble",
          "rubles",
          "yen",
          "pound",
          "pounds",
          "funds",
          "funding",
          "investment",
          "investments",
          "financial",
          "economic",
          "budget",
          "currency");
  private static final Set<String> HUMANITARIAN_WORDS =
      Set.of(
          "food",
          "foodstuff",
          "foodstuffs",
          "rice",
          "wheat",
          "flour",
          "grain",
          "medicine",
          "medicines",
          "medical",
          "medication",
          "medications",
          "vaccine",
          "vaccines",
          "relief",
          "humanitarian",
          "tent",
          "tents",
          "blanket",
          "blankets",
          "shelter",
          "water",
          "clothing");

  private EventCoding() {}

  /**
   * The primary coding of an event on its own: the {@link Coding} of the first of {@link
   * #codings(Event)}. A meeting's participants' countries are not known without a dossier, so a
   * meeting is never coded 044 (meet at a third location) this way.
   *
   * @throws ValidationException {@code cameoCode.unknown} when a {@link CodedEvent}'s code is not
   *     in the codebook; {@code coding.opaque} for an {@link OpaqueEvent}, which has no coding
   */
  public static Coding of(Event event) {
    return primary(event, null);
  }

  /**
   * The primary coding of an event of {@code dossier}: the {@link Coding} of the first of {@link
   * #codings(Event, Dossier)}. The dossier's actors give the participants' countries: a meeting
   * held in a country that is none of its participants' is coded 044 (meet at a third location).
   *
   * @throws ValidationException {@code cameoCode.unknown} when a {@link CodedEvent}'s code is not
   *     in the codebook; {@code coding.opaque} for an {@link OpaqueEvent}, which has no coding
   */
  public static Coding of(Event event, Dossier dossier) {
    return primary(event, dossier::actor);
  }

  /**
   * Every coding of an event on its own, each with its source and target actors, the primary one
   * first; as {@link #codings(Event, Dossier)} without the participants' countries, so a meeting is
   * never coded 044.
   *
   * @throws ValidationException {@code cameoCode.unknown} when a {@link CodedEvent}'s code is not
   *     in the codebook
   */
  public static List<DirectedCoding> codings(Event event) {
    return directed(event, null);
  }

  /**
   * Every coding a coder would emit for an event of {@code dossier}, each naming its source and
   * target actors, by the table of this class: the primary coding first (the one {@link #of(Event,
   * Dossier)} gives), then the codings that go with it (the host's 043 beside the visitor's 042).
   * Empty only for an {@link OpaqueEvent}, whose kind this version does not know.
   *
   * @throws ValidationException {@code cameoCode.unknown} when a {@link CodedEvent}'s code is not
   *     in the codebook
   */
  public static List<DirectedCoding> codings(Event event, Dossier dossier) {
    return directed(event, dossier::actor);
  }

  /**
   * Every coding of an event, as {@link #codings(Event, Dossier)} gives it, with the actors found
   * by {@code actors} rather than in a dossier: for events read one at a time from a stream, whose
   * actors came before them, or for a dossier whose actors are kept in a map.
   *
   * @param actors the actor of each id, empty when unknown
   * @throws ValidationException {@code cameoCode.unknown} when a {@link CodedEvent}'s code is not
   *     in the codebook
   */
  public static List<DirectedCoding> codings(
      Event event, Function<? super Id, Optional<Actor>> actors) {
    return directed(event, actors);
  }

  private static Coding primary(
      Event event, @Nullable Function<? super Id, Optional<Actor>> actors) {
    List<DirectedCoding> all = directed(event, actors);
    if (all.isEmpty()) {
      throw ValidationException.of(
          "Coding",
          "",
          "coding.opaque",
          "the event "
              + event.id()
              + " is of the kind '"
              + ((OpaqueEvent) event).typeName()
              + "', which this version of the library does not know, so it has no CAMEO code");
    }
    return all.get(0).coding();
  }

  private static List<DirectedCoding> directed(
      Event event, @Nullable Function<? super Id, Optional<Actor>> actors) {
    return switch (event.kind()) {
      case MEETING -> meeting((Meeting) event, actors);
      case MESSAGE -> {
        Message m = (Message) event;
        yield List.of(DirectedCoding.of(message(m), Set.of(m.sender().actor()), m.recipients()));
      }
      case SUPPORT_PLEDGE -> {
        SupportPledge p = (SupportPledge) event;
        yield List.of(
            DirectedCoding.of(pledge(p), Set.of(p.pledger().actor()), Set.of(p.beneficiary())));
      }
      case VISIT -> {
        Visit v = (Visit) event;
        List<Id> visitors = new ArrayList<>(v.visitors().size());
        for (Agent visitor : v.visitors()) {
          visitors.add(visitor.actor());
        }
        yield visitAndHost(visit(v), visitors, v.host().map(Agent::actor));
      }
      case DELEGATION -> {
        Delegation d = (Delegation) event;
        yield visitAndHost(
            coding(
                "042",
                "The sender, "
                    + d.sender()
                    + ", makes the visit through its delegation: it is CAMEO's source"),
            List.of(d.sender()),
            d.host().map(Agent::actor));
      }
      case MOURNING -> {
        Mourning m = (Mourning) event;
        yield List.of(
            DirectedCoding.of(
                coding(
                    "017",
                    "A declared mourning is a symbolic act, 017; the codebook keeps 018 for empathetic comments, not actions"),
                Set.of(m.declarer()),
                Set.of(m.mourned())));
      }
      case STATEMENT -> {
        Statement s = (Statement) event;
        yield List.of(DirectedCoding.of(statement(s), Set.of(s.speaker().actor()), s.subjects()));
      }
      case MATERIAL_TRANSFER -> {
        MaterialTransfer t = (MaterialTransfer) event;
        yield List.of(DirectedCoding.of(transfer(t), Set.of(t.provider()), Set.of(t.recipient())));
      }
      case AGREEMENT -> eachSide(coding("057"), ((Agreement) event).sides());
      case RELATIONS_CHANGE -> {
        RelationsChange c = (RelationsChange) event;
        Coding coding = change(c.relationsChangeKind());
        yield c.counterparts().isEmpty()
            ? eachSide(coding, c.initiators())
            : List.of(DirectedCoding.of(coding, c.initiators(), c.counterparts()));
      }
      case CODED -> {
        // Targets as targets, every other participant as a source, as PLOVER's export does.
        Set<Id> targets = event.actorIds(Direction.TARGET);
        Set<Id> sources = new LinkedHashSet<>(event.actorIds());
        sources.removeAll(targets);
        yield List.of(
            DirectedCoding.of(
                Coding.of(CameoCode.of(((CodedEvent) event).cameoCode())), sources, targets));
      }
      // A kind this version does not know has no code: nothing to emit.
      case OPAQUE -> List.of();
    };
  }

  /** The visitors' 042 to the host, then, when there is a host, the host's 043 to the visitors. */
  private static List<DirectedCoding> visitAndHost(
      Coding visit, List<Id> visitors, Optional<Id> host) {
    List<DirectedCoding> out = new ArrayList<>();
    out.add(DirectedCoding.of(visit, visitors, host.map(Set::of).orElse(Set.of())));
    host.ifPresent(
        h ->
            out.add(
                DirectedCoding.of(
                    coding("043", "The host, " + h + ", receives the visit: the codebook's 043"),
                    Set.of(h),
                    visitors)));
    return List.copyOf(out);
  }

  /** One coding per side, from it to every other side: a reciprocal event, listed both ways. */
  private static List<DirectedCoding> eachSide(Coding coding, Collection<Id> sides) {
    List<Id> distinct = new ArrayList<>(new LinkedHashSet<>(sides));
    List<DirectedCoding> out = new ArrayList<>();
    for (Id side : distinct) {
      List<Id> others = new ArrayList<>(distinct);
      others.remove(side);
      out.add(DirectedCoding.of(coding, Set.of(side), others));
    }
    return out;
  }

  /**
   * The sides of a meeting: its participants but delegation members (their head speaks for them)
   * and mediators; where that leaves fewer than two, every participant but mediators, and then
   * every participant.
   */
  private static List<Id> sides(Meeting m) {
    List<Id> sides = actors(m, MEMBERS_AND_MEDIATORS);
    if (sides.size() < 2) {
      sides = actors(m, MEDIATORS);
    }
    if (sides.size() < 2) {
      sides = new ArrayList<>(m.actorIds());
    }
    return sides;
  }

  private static List<Id> actors(Meeting m, Set<Role> without) {
    int n = m.participants().size();
    List<Id> ids = new ArrayList<>(n);
    // A meeting of a few is searched; of many, hashed, so that no meeting costs its square.
    Set<Id> seen = n > 8 ? new HashSet<>(n * 2) : null;
    for (Participant p : m.participants()) {
      if (!without.contains(p.role())
          && (seen != null ? seen.add(p.actor()) : !ids.contains(p.actor()))) {
        ids.add(p.actor());
      }
    }
    return ids;
  }

  private static List<DirectedCoding> meeting(
      Meeting m, @Nullable Function<? super Id, Optional<Actor>> actors) {
    List<Id> sides = sides(m);
    List<Id> mediators = actors(m, ALL_BUT_MEDIATORS);
    Optional<Id> host = Optional.empty();
    for (Participant p : m.participants()) {
      if (p.role() == Role.HOST) {
        host = Optional.of(p.actor());
        break;
      }
    }
    MeetingFormat format = m.format().orElse(null);
    List<DirectedCoding> out = new ArrayList<>();
    if (format == MeetingFormat.PHONE) {
      out.addAll(eachSide(coding("041"), sides));
    } else if (format == MeetingFormat.VIDEO) {
      out.addAll(
          eachSide(
              coding(
                  "041",
                  "CAMEO has no code for a video call: 041, discuss by telephone, is the nearest"),
              sides));
    } else if (host.isPresent()) {
      Id h = host.get();
      List<Id> guests = new ArrayList<>(sides);
      guests.remove(h);
      out.addAll(hostedThirdLocation(m, actors, guests, h));
      out.add(
          DirectedCoding.of(
              coding(
                  "043",
                  "The host, " + h + ", is CAMEO's source; the other participants are its targets"),
              Set.of(h),
              guests));
      out.add(
          DirectedCoding.of(
              coding("042", "The guests make a visit to the host, " + h + ": the codebook's 042"),
              guests,
              Set.of(h)));
    } else {
      out.addAll(eachSide(consultation(m, actors, m.actorIds()), sides));
    }
    if (!mediators.isEmpty()) {
      List<Id> parties = new ArrayList<>(sides);
      parties.removeAll(mediators);
      if (!parties.isEmpty()) {
        out.add(
            DirectedCoding.of(
                coding(
                    "045",
                    "The mediators are CAMEO's source and the parties its targets; the meeting itself is coded first"),
                mediators,
                parties));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The 044 codings of a hosted meeting at a third location, or none: when there are two guests or
   * more and none of the participants but the host is of the place's country, the guests met at a
   * third location, each 044 to the others, and the host received them there (the codebook's 044
   * "is typically accompanied by two other linked events, 'Make a visit' (042) and 'Host a visit'
   * (043)"). The host is at home wherever the meeting is ({@link Role#HOST}: at its residence,
   * office or country, as 043 has it), so its own country does not decide: ICEWS codes Federica
   * Mogherini, of Italy, receiving Wang Yi in Brussels as 043.
   */
  private static List<DirectedCoding> hostedThirdLocation(
      Meeting m, @Nullable Function<? super Id, Optional<Actor>> actors, List<Id> guests, Id host) {
    if (guests.size() < 2) {
      return List.of();
    }
    Set<Id> others = new LinkedHashSet<>(m.actorIds());
    others.remove(host);
    Coding guestsCoding = consultation(m, actors, others);
    if (!guestsCoding.cameo().code().equals("044")) {
      return List.of();
    }
    String where = m.place().map(EventCoding::where).orElseThrow();
    return eachSide(
        coding(
            "044",
            "None of the guests is of "
                + where
                + ", where they met: a third location; the host, "
                + host
                + ", received them there"),
        guests);
  }

  /**
   * 044 when, given a dossier, the place's country is known, the country of each of {@code
   * attending} is known, and none of them is the place's; 040 otherwise, with a note when a country
   * is not known.
   */
  private static Coding consultation(
      Meeting m, @Nullable Function<? super Id, Optional<Actor>> actors, Set<Id> attending) {
    Optional<Country> where = m.place().flatMap(Place::country);
    Optional<Area> area = m.place().flatMap(Place::area);
    if (where.isEmpty() && area.isPresent()) {
      return inArea(area.get(), actors, attending);
    }
    if (where.isEmpty()) {
      return coding("040");
    }
    if (actors == null) {
      return coding(
          "040",
          "Without a dossier the participants' countries are unknown, so whether "
              + where.get().name()
              + " was a third location (044) cannot be told");
    }
    Set<Country> countries = new LinkedHashSet<>();
    List<Id> unknown = new ArrayList<>();
    for (Id actor : attending) {
      Optional<Country> country = actors.apply(actor).flatMap(Actor::homeCountry);
      if (country.isPresent()) {
        countries.add(country.get());
      } else {
        unknown.add(actor);
      }
    }
    if (!unknown.isEmpty()) {
      return coding(
          "040",
          "The country of "
              + unknown.stream().map(Id::toString).collect(Collectors.joining(", "))
              + " is not known, so whether "
              + where.get().name()
              + " was a third location (044) cannot be told");
    }
    if (!countries.contains(where.get())) {
      return coding(
          "044", "None of the participants is of " + where.get().name() + ", where they met");
    }
    return coding("040");
  }

  /** The code of a change of relations, by its kind: 054, 050, 161 or 166. */
  private static Coding change(RelationsChangeKind kind) {
    return switch (kind) {
      case ESTABLISH -> coding("054");
      case RESTORE ->
          coding(
              "054",
              "Restored relations are coded as relations established, 054: CAMEO has no code of its"
                  + " own for a restoration");
      case OPEN_EMBASSY ->
          coding(
              "050",
              "CAMEO has no code for opening an embassy: 050, the residual code of diplomatic"
                  + " cooperation");
      case BREAK, DOWNGRADE -> coding("161");
      case SUSPEND -> reducedRelations("suspended relations");
      case CLOSE_EMBASSY -> reducedRelations("a closed embassy");
      case RECALL_DIPLOMATS -> reducedRelations("recalled diplomats");
      case EXPEL_DIPLOMATS ->
          coding(
              "166",
              "Expelled diplomats are coded 166, expel or withdraw, whose subcodes name peacekeepers,"
                  + " inspectors and aid agencies but not diplomats; 174 is for deporting"
                  + " individuals");
    };
  }

  private static Coding reducedRelations(String what) {
    return coding(
        "161",
        "CAMEO has no code of its own for " + what + ": 161, reduce or break diplomatic relations");
  }

  /**
   * The consultation in an area of no country: disputed territory is a third location when no
   * attending party's country claims it (which needs a dossier and the claimants); any other area
   * (a demilitarised or jointly administered zone, international waters or airspace) is, as no
   * party is at home where no one country is.
   */
  private static Coding inArea(
      Area area, @Nullable Function<? super Id, Optional<Actor>> actors, Set<Id> attending) {
    String where = where(area);
    if (area.areaKind() != AreaKind.DISPUTED_TERRITORY) {
      return coding(
          "044",
          "The participants met in "
              + where
              + ", which is no one country's: no party is at home there, a third location");
    }
    if (area.countries().isEmpty()) {
      return coding(
          "040",
          "The claimants of "
              + where
              + " are not given, so whether it was a third location (044) cannot be told");
    }
    if (actors == null) {
      return coding(
          "040",
          "Without a dossier the participants' countries are unknown, so whether "
              + where
              + " was a third location (044) cannot be told");
    }
    List<Id> unknown = new ArrayList<>();
    for (Id actor : attending) {
      Optional<Country> country = actors.apply(actor).flatMap(Actor::homeCountry);
      if (country.isEmpty()) {
        unknown.add(actor);
      } else if (area.countries().contains(country.get())) {
        return coding(
            "040",
            actor
                + " is of "
                + country.get().name()
                + ", which claims "
                + where
                + ", where they met");
      }
    }
    if (!unknown.isEmpty()) {
      return coding(
          "040",
          "The country of "
              + unknown.stream().map(Id::toString).collect(Collectors.joining(", "))
              + " is not known, so whether "
              + where
              + " was a third location (044) cannot be told");
    }
    return coding(
        "044",
        "None of the participants is of a country that claims " + where + ", where they met");
  }

  /** A place's country's name, else its area's. */
  private static String where(Place place) {
    return place.country().map(Country::name).orElseGet(() -> where(place.area().orElseThrow()));
  }

  /** An area's name, else its kind in words: "international waters". */
  private static String where(Area area) {
    return area.name()
        .orElseGet(() -> area.areaKind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  private static Coding visit(Visit v) {
    if (v.visitKind().orElse(null) == VisitKind.CONDOLENCE) {
      return coding(
          "042",
          "A condolence visit is coded as a visit, the visitors as CAMEO's source; the condolences spoken there are"
              + " 018, and paying respects is a symbolic act, 017: each is an event of its own");
    }
    return coding("042");
  }

  private static Coding message(Message m) {
    return switch (m.messageKind()) {
      case CONDOLENCES -> coding("018");
      case GREETINGS, CONGRATULATIONS, THANKS ->
          coding(
              "010",
              "Courtesies ("
                  + m.messageKind().name().toLowerCase(Locale.ROOT)
                  + ") have no CAMEO code of their own and no PLOVER category: 010, make statement; praise is a"
                  + " Statement of kind PRAISE, 051");
      case INVITATION -> coding("036");
      case LETTER, VERBAL_MESSAGE, NOTE_VERBALE, OTHER ->
          coding(
              "010",
              "The form of a message ("
                  + m.messageKind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                  + ") does not say what it says: 010, make statement, until its content is coded as an event of its own");
    };
  }

  private static Coding pledge(SupportPledge p) {
    Set<SupportKind> kinds = p.supportKinds();
    if (kinds.contains(SupportKind.UNSPECIFIED)) {
      return coding(
          "030",
          "The pledge does not say what support it promises: 030, the residual code of intents to cooperate");
    }
    Set<SupportKind> material = EnumSet.noneOf(SupportKind.class);
    Set<SupportKind> verbal = EnumSet.noneOf(SupportKind.class);
    for (SupportKind k : kinds) {
      if (k == SupportKind.POLITICAL || k == SupportKind.DIPLOMATIC) {
        verbal.add(k);
      } else {
        material.add(k);
      }
    }
    if (material.isEmpty()) {
      return coding("032");
    }
    if (!verbal.isEmpty()) {
      return coding(
          "030",
          "The pledge promises political and material support together: 030 covers both; the parts alone would be"
              + " 032 and 033");
    }
    if (material.size() > 1) {
      return coding("033");
    }
    switch (material.iterator().next()) {
      case MILITARY:
        return coding("0332");
      case ECONOMIC:
        return coding("0331");
      default:
        return coding("0333");
    }
  }

  private static Coding statement(Statement s) {
    if (s.statementKind().isEmpty()) {
      return coding("010");
    }
    return switch (s.statementKind().get()) {
      case PRAISE -> coding("051");
      case CRITICISM -> coding("111");
      case ACCUSATION -> coding("112");
      case VOW -> coding("030");
      case DENIAL -> coding("016");
      case CLAIM, OTHER -> coding("010");
    };
  }

  /** The kinds of material the words of an item name. */
  private enum Material {
    MILITARY,
    ECONOMIC,
    HUMANITARIAN
  }

  private static Coding transfer(MaterialTransfer t) {
    Set<Material> found = EnumSet.noneOf(Material.class);
    List<String> untold = new ArrayList<>();
    t.items()
        .forEach(
            item -> {
              Set<Material> kinds = materials(item.description() + " " + item.unit().orElse(""));
              if (kinds.size() == 1) {
                found.addAll(kinds);
              } else {
                untold.add(item.description());
              }
            });
    TransferTerms terms = t.terms().orElse(TransferTerms.OTHER);
    boolean exchange = terms == TransferTerms.SALE || terms == TransferTerms.BARTER;
    if (exchange) {
      if (found.contains(Material.MILITARY)) {
        return coding("062");
      }
      if (!found.isEmpty()) {
        return coding("061");
      }
      return coding(
          "060", "The items do not say whether the exchange was military or economic (062, 061)");
    }
    if (untold.isEmpty() && found.size() == 1) {
      return switch (found.iterator().next()) {
        case MILITARY -> coding("072");
        case ECONOMIC -> coding("071");
        case HUMANITARIAN -> coding("073");
      };
    }
    String why =
        found.size() > 1
            ? "the items are of several kinds"
            : "the words of "
                + untold.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(", "))
                + " do not tell";
    return coding(
        "070",
        "Whether the aid was economic, military or humanitarian (071, 072, 073) cannot be told: "
            + why);
  }

  /** The kinds of material the words of {@code text} name. */
  private static Set<Material> materials(String text) {
    Set<Material> kinds = EnumSet.noneOf(Material.class);
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (MILITARY_WORDS.contains(word)) {
        kinds.add(Material.MILITARY);
      } else if (ECONOMIC_WORDS.contains(word)) {
        kinds.add(Material.ECONOMIC);
      } else if (HUMANITARIAN_WORDS.contains(word)) {
        kinds.add(Material.HUMANITARIAN);
      }
    }
    return kinds;
  }

  private static Coding coding(String code, String... notes) {
    if (notes.length == 0) {
      return CODINGS.computeIfAbsent(code, c -> Coding.of(CameoCode.of(c)));
    }
    return Coding.builder().cameo(CameoCode.of(code)).addNotes(notes).build();
  }
}
