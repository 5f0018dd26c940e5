/**
 * What the importers of other formats (ICEWS, PLOVER) share: the problems they report, each at its
 * line.
 */
@NullMarked
package dev.diplomacy.interop;

import org.jspecify.annotations.NullMarked;
