package dev.diplomacy.core.events;

/**
 * The kind of an {@link Event}: one constant per type of the sealed family, each carrying its
 * {@link #type() Java type} and the {@link #codePrefix() prefix of its rules' codes}.
 *
 * <p>Every decision the library makes per kind of event (its CAMEO code, its sentence, its edges in
 * a graph, the actor references a dossier checks, its JSON codec, its PLOVER actors) is a {@code
 * switch} over this enum with no {@code default}, so that a new constant does not compile until
 * each of them has decided. {@link Event#kind()} is final in each type and returns that type's
 * constant, so within {@code case MEETING} an event is a {@link Meeting}.
 */
public enum EventKind {
  /** A {@link Meeting}. */
  MEETING(Meeting.class, "meeting"),
  /** A {@link Message}. */
  MESSAGE(Message.class, "message"),
  /** A {@link SupportPledge}. */
  SUPPORT_PLEDGE(SupportPledge.class, "supportPledge"),
  /** A {@link Visit}. */
  VISIT(Visit.class, "visit"),
  /** A {@link Delegation}. */
  DELEGATION(Delegation.class, "delegation"),
  /** A {@link Mourning}. */
  MOURNING(Mourning.class, "mourning"),
  /** A {@link Statement}. */
  STATEMENT(Statement.class, "statement"),
  /** A {@link MaterialTransfer}. */
  MATERIAL_TRANSFER(MaterialTransfer.class, "materialTransfer"),
  /** An {@link Agreement}. */
  AGREEMENT(Agreement.class, "agreement"),
  /** A {@link RelationsChange}. */
  RELATIONS_CHANGE(RelationsChange.class, "relationsChange"),
  /** A {@link CodedEvent}. */
  CODED(CodedEvent.class, "codedEvent"),
  /**
   * A kind this version of the library does not know, kept by lenient reading: {@link OpaqueEvent}.
   */
  OPAQUE(OpaqueEvent.class, "opaqueEvent");

  private final Class<? extends Event> type;
  private final String codePrefix;

  EventKind(Class<? extends Event> type, String codePrefix) {
    this.type = type;
    this.codePrefix = codePrefix;
  }

  /** The type of the events of this kind: {@code Meeting.class} for {@link #MEETING}. */
  public Class<? extends Event> type() {
    return type;
  }

  /**
   * The prefix of the codes of this kind's rules: its type's name in lower camel case, {@code
   * supportPledge} for {@link #SUPPORT_PLEDGE}, as in {@code supportPledge.links.self}.
   */
  public String codePrefix() {
    return codePrefix;
  }
}
