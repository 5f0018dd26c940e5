/**
 * The JSON module's own helpers, shared with the library's other modules and not part of its API:
 * nothing here is exported to users, and anything here may change in any release.
 */
@NullMarked
package dev.diplomacy.json.internal;

import org.jspecify.annotations.NullMarked;
