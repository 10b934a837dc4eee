package dev.authlint.core.engine;

import dev.authlint.core.Finding;
import dev.authlint.core.project.Fingerprint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Fingerprints that survive edits elsewhere in the file: a hash of the rule, the path, the text of
 * the finding's line (whitespace collapsed) and how many times the same rule fired on an identical
 * line before. Line numbers are not part of it. The hash is one-way, so no key can be read back
 * from it.
 */
public final class Fingerprints {
  private Fingerprints() {}

  public static List<Finding> assign(List<Finding> findings, IntFunction<String> lineText) {
    Map<String, Integer> seen = new HashMap<>();
    List<Finding> result = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      String content = lineText.apply(f.line()).strip().replaceAll("\\s+", " ");
      String key = f.ruleId() + "\u0000" + f.path() + "\u0000" + content;
      int occurrence = seen.merge(key, 1, Integer::sum);
      String fingerprint = Fingerprint.of(key + "\u0000" + occurrence);
      result.add(
          new Finding(
              f.ruleId(),
              f.level(),
              f.path(),
              f.line(),
              f.column(),
              f.endLine(),
              f.endColumn(),
              f.message(),
              fingerprint));
    }
    return result;
  }

  /**
   * A fingerprint of findings that have no line of their own to hash, e.g. those found in history.
   */
  public static String of(String... parts) {
    return Fingerprint.of(String.join("\u0000", parts));
  }
}
