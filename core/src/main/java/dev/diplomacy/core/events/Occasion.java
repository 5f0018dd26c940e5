package dev.diplomacy.core.events;

/**
 * What about its {@link About#subject() subject} an event answers to: condolences on a person's
 * {@link #DEATH}, greetings on a state's {@link #NATIONAL_DAY}.
 */
public enum Occasion {
  /** The subject's death: condolences, a mourning, a funeral delegation. */
  DEATH,
  /** The national day of the subject, a state: Cuba's Day of the Revolution, 1 January. */
  NATIONAL_DAY,
  /** An anniversary of the subject, an event or a relationship's beginning, or of its founding. */
  ANNIVERSARY,
  /** The subject's birthday. */
  BIRTHDAY,
  /** The subject's election, or its victory in an election. */
  ELECTION,
  /** The subject's taking office: an inauguration, an appointment. */
  TAKING_OFFICE,
  /** A disaster that struck the subject: an earthquake, a flood, an accident. */
  DISASTER
}
