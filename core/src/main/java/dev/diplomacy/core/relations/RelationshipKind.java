package dev.diplomacy.core.relations;

/** What sort of lasting tie a {@link Relationship} is. */
public enum RelationshipKind {
  /** Allies, bound to stand by each other: Cuba and North Korea since the Cold War. */
  ALLIANCE,
  /** Formal diplomatic relations: recognition, embassies. */
  DIPLOMATIC_RELATIONS,
  /** Declared friendship, without a formal alliance. */
  FRIENDSHIP,
  /** Cooperation in some field: a strategic or economic partnership. */
  PARTNERSHIP,
  /** Competition for influence, short of hostility. */
  RIVALRY,
  /** Open enmity: no relations, sanctions, conflict. */
  HOSTILITY,
  /** Anything else. */
  OTHER
}
