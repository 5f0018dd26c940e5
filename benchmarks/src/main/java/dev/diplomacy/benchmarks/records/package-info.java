/**
 * The first baseline: plain Java records that mirror the JSON of a meeting, of any event and of a
 * dossier, read and written by a plain Jackson 3 {@code JsonMapper} with no validation, as a user
 * would write them instead of using the library.
 *
 * <p>Every scalar the library parses and checks (ids, dates, countries, times, offsets, URLs,
 * external ids) is a plain {@code String} here; enums are the core's enums, written in lower case;
 * numbers are numbers. The records read the same bytes the library writes, and write them back byte
 * for byte (see {@code RecordsEquivalenceTest}).
 */
@NullMarked
package dev.diplomacy.benchmarks.records;

import org.jspecify.annotations.NullMarked;
