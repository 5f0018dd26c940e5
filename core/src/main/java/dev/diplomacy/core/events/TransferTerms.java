package dev.diplomacy.core.events;

/** On what terms the material of a {@link MaterialTransfer} changed hands. */
public enum TransferTerms {
  /** A gift: "without charging a cent". */
  FREE_OF_CHARGE,
  /** Sold, for money. */
  SALE,
  /** Lent, to be returned or repaid. */
  LOAN,
  /** Exchanged for goods or services. */
  BARTER,
  /** Anything else. */
  OTHER
}
