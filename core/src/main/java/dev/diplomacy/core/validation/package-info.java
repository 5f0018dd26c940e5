/**
 * How invalid values are reported: every broken rule at once, each a {@link
 * dev.diplomacy.core.validation.Finding} with a path, a stable code, a severity and a message.
 */
@NullMarked
package dev.diplomacy.core.validation;

import org.jspecify.annotations.NullMarked;
