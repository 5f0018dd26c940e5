/**
 * JMH benchmarks of the library's JSON binding, validation and name resolution, each beside its
 * baselines on the same bytes: plain Jackson databind on records, and a raw token scan. See
 * BENCHMARKS.md at the root of the repository.
 */
@NullMarked
package dev.diplomacy.benchmarks;

import org.jspecify.annotations.NullMarked;
