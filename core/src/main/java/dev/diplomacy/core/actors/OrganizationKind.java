package dev.diplomacy.core.actors;

/** What an {@link Organization} is. */
public enum OrganizationKind {
  /** A political party: the Workers' Party of Korea, the Communist Party of Cuba. */
  POLITICAL_PARTY,
  /** A government or one of its offices as a whole. */
  GOVERNMENT,
  /** A ministry or department of a government. */
  MINISTRY,
  /** Armed forces or one of their units: the Syrian Arab Army. */
  MILITARY,
  /** A parliament or other legislature. */
  LEGISLATURE,
  /** A news agency, state media or other news publisher: KCNA, TASS, Breitbart News. */
  NEWS_MEDIA,
  /** An embassy, consulate or other diplomatic mission. */
  EMBASSY,
  /** An intergovernmental organisation: the United Nations, the African Union. */
  INTERNATIONAL_ORGANIZATION,
  /** A non-governmental organisation. */
  NGO,
  /** A company: Getty Images. */
  COMPANY,
  /** Anything else. */
  OTHER
}
