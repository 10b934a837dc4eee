package dev.authlint.core.rules;

import dev.authlint.core.FileReport;
import dev.authlint.core.Level;
import dev.authlint.core.RuleDescriptor;
import dev.authlint.core.RuleDescriptor.TestCode;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.engine.Prefilter;
import dev.authlint.core.java.JavaUnit;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Retries of an SDK call that also retry its authentication failure (HTTP 401): hand-written retry
 * loops, recursive retries from an error handler, retry-library policies and Spring AI retry
 * settings. A bad key fails the same way on every attempt; retrying it burns quota and time and can
 * get the caller's address rate-limited.
 */
public final class RetriesAuthError extends AbstractRule {
  public static final String ID = "RetriesAuthError";

  private final Catalog catalog;

  /** The method names of the catalog's policy factories, to skip other calls cheaply. */
  private final Set<String> policyFactoryNames;

  public RetriesAuthError(Catalog catalog) {
    super(
        new RuleDescriptor(
            ID,
            Level.ERROR,
            "A retry loop, recursive retry or retry policy retries the authentication failure (HTTP"
                + " 401).",
            "A bad, missing or revoked key is a permanent failure: every retry fails the same way,"
                + " burns quota and time, and ten or more failed attempts a minute can get the"
                + " caller's address rate-limited. Retry only transient failures such as rate"
                + " limits: rethrow the 401 type before a hand-written retry, and exclude it from"
                + " retry-library policies.",
            TestCode.WITH_INCLUDE_TESTS));
    this.catalog = catalog;
    this.policyFactoryNames =
        catalog.retryLibraries().stream()
            .flatMap(l -> Stream.concat(l.starts().stream(), l.retryEverything().stream()))
            .map(name -> name.substring(name.lastIndexOf('.') + 1))
            .collect(Collectors.toSet());
  }

  /** A retry needs a catch, a retry library or policy, or an async error handler. */
  @Override
  public boolean readsForProjectClientTypes(SourceFile file) {
    String text = file.text();
    return text.contains("catch")
        || text.contains("Retry")
        || catalog.frameworks().async().errorHandlers().stream().anyMatch(text::contains);
  }

  @Override
  public boolean needsParse(SourceFile file) {
    return Prefilter.mentionsSdk(file.text(), catalog) && readsForProjectClientTypes(file);
  }

  @Override
  public void check(JavaUnit unit, FileReport report) {
    if (report.testCodeQuiet()) {
      return;
    }
    RetryAnalysis analysis = new RetryAnalysis(this, unit, report);
    RetryLoops loops = new RetryLoops(analysis);
    loops.retryLoops();
    loops.loopsOverSwallowingHelpers();
    new RecursiveRetries(analysis).recursiveRetries();
    RetryPolicies policies = new RetryPolicies(analysis, policyFactoryNames);
    policies.retryPolicies();
    policies.constructedPolicies();
  }

  @Override
  public void checkText(SourceFile file, FileReport report) {
    if (file.kind() == SourceFile.Kind.JAVA
        || file.kind() == SourceFile.Kind.DOTENV
        || report.testCodeQuiet()) {
      return;
    }
    SpringAiRetrySettings.check(this, catalog, file, report);
  }
}
