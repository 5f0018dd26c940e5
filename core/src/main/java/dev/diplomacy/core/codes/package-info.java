/**
 * The event data field's codes: CAMEO event codes with Goldstein scores and quad classes, and
 * PLOVER categories.
 */
@NullMarked
package dev.diplomacy.core.codes;

import org.jspecify.annotations.NullMarked;
