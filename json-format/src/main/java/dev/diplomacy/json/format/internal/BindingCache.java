package dev.diplomacy.json.format.internal;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a binding makes once of a value of the format (a property name serialized, a matcher of
 * names) and keeps with it, one slot per binding: {@link #JACKSON_3} and {@link #JACKSON_2}. Both
 * bindings may be in use in one JVM; each finds its own in its slot, made on first use. Making it
 * twice in a race is harmless: what is made is immutable and equal.
 */
public abstract sealed class BindingCache permits SerializedString, NameMatcher {

  /** The slot of the Jackson 3 binding. */
  public static final int JACKSON_3 = 0;

  /** The slot of the Jackson 2 binding. */
  public static final int JACKSON_2 = 1;

  private volatile @Nullable Object jackson3;
  private volatile @Nullable Object jackson2;

  BindingCache() {}

  /**
   * What the binding of {@code slot} made of this value, made now by {@code make} on first use.
   *
   * @param <P> what the binding makes
   */
  @SuppressWarnings("unchecked") // each slot holds what its one binding made
  public final <P> P prepared(int slot, Function<? super BindingCache, P> make) {
    Object p = slot == JACKSON_3 ? jackson3 : jackson2;
    if (p == null) {
      p = make.apply(this);
      if (slot == JACKSON_3) {
        jackson3 = p;
      } else {
        jackson2 = p;
      }
    }
    return (P) p;
  }
}
