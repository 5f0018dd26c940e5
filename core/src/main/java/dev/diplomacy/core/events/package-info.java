/** Diplomatic events: meetings, messages, pledges, visits and the rest, in one sealed family. */
@NullMarked
package dev.diplomacy.core.events;

import org.jspecify.annotations.NullMarked;
