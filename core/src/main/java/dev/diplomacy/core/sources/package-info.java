/** Where a claim comes from and how sure it is: sources, citations and certainty. */
@NullMarked
package dev.diplomacy.core.sources;

import org.jspecify.annotations.NullMarked;
