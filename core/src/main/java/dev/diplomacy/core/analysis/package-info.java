/**
 * Counting and weighing events, as event-data analysts do: a flat view of each event's codings
 * ({@link dev.diplomacy.core.analysis.EventRow}), dyadic time series of counts per quad class and
 * Goldstein scores, and the tables, maps and charts made of them.
 */
@NullMarked
package dev.diplomacy.core.analysis;

import org.jspecify.annotations.NullMarked;
