/**
 * What the importers share and no user needs: lines read from UTF-8 bytes, searches of bytes. Not
 * exported by the module; on the class path, not part of the API, and changed without notice.
 */
@NullMarked
package dev.diplomacy.interop.internal;

import org.jspecify.annotations.NullMarked;
