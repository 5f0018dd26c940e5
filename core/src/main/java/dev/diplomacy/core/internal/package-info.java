/**
 * The library's own helpers, shared by its modules and not part of its API: nothing here is
 * exported to users, and anything here may change in any release.
 */
@NullMarked
package dev.diplomacy.core.internal;

import org.jspecify.annotations.NullMarked;
