package dev.diplomacy.core;

import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says on the console why tests were skipped (the shared data absent, Graphviz not installed),
 * which Maven's console otherwise only counts: one line a reason, with how many tests it skipped.
 * Registered as a JUnit Platform listener by the core's test-jar, so every module whose tests use
 * that jar gets it.
 */
public final class SkipReasons implements TestExecutionListener {

  private final Map<String, Integer> reasons = new TreeMap<>();

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    reasons.merge(reason, 1, Integer::sum);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      String reason = result.getThrowable().map(Throwable::getMessage).orElse("no reason given");
      reasons.merge(
          reason.replaceFirst("^(Assumption failed: )?(skipped: )?", ""), 1, Integer::sum);
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    reasons.forEach(
        (reason, count) ->
            System.out.println(
                "[diplomacy] "
                    + count
                    + (count == 1 ? " test" : " tests")
                    + " skipped: "
                    + reason));
    reasons.clear();
  }
}
