package dev.diplomacy.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.diplomacy.core.validation.Finding;
import dev.diplomacy.core.validation.ValidationException;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the findings of a rejected value. */
final class Rejections {

  private Rejections() {}

  /**
   * Asserts that {@code build} throws a {@link ValidationException} with exactly these codes, in
   * order.
   */
  static void assertRejected(ThrowingCallable build, String... codes) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.codes()).containsExactly(codes));
  }

  /** Asserts the paths of the findings, in order, as well as their codes. */
  static void assertRejectedAt(ThrowingCallable build, String[] paths, String... codes) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.codes()).containsExactly(codes);
              assertThat(e.findings().stream().map(Finding::path).collect(Collectors.toList()))
                  .containsExactly(paths);
            });
  }
}
