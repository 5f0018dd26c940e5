/**
 * Dates as news reports give them: {@link dev.diplomacy.core.time.PartialDate} (a year, a month or
 * a day), {@link dev.diplomacy.core.time.DateSpan} (a start and an optional end) and {@link
 * dev.diplomacy.core.time.When} (when an event took place, with the time of day where known).
 */
@NullMarked
package dev.diplomacy.core.time;

import org.jspecify.annotations.NullMarked;
