package dev.diplomacy.json;

import dev.diplomacy.json.format.internal.UnionCodec;

/**
 * A polymorphic family for testing {@link UnionCodec}: circles, squares, and others kept opaque.
 */
interface TestShape {}
