package dev.diplomacy.json;

/**
 * A polymorphic family for testing {@link UnionCodec}: circles, squares, and others kept opaque.
 */
interface TestShape {}
