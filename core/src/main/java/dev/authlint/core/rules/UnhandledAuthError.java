package dev.authlint.core.rules;

import dev.authlint.core.FileReport;
import dev.authlint.core.Level;
import dev.authlint.core.RuleDescriptor;
import dev.authlint.core.RuleDescriptor.TestCode;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.engine.Prefilter;
import dev.authlint.core.java.AuthFailure;
import dev.authlint.core.java.JavaUnit;
import dev.authlint.core.java.SdkCalls;
import dev.authlint.core.project.ProjectModel;
import dev.authlint.core.project.SdkSources;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * SDK network calls whose authentication failure nothing handles. The SDKs' 401 exceptions are
 * unchecked, a bad key is only found out at the first request, and javac never asks for a catch.
 */
public final class UnhandledAuthError extends AbstractRule {
  public static final String ID = "UnhandledAuthError";

  private final Catalog catalog;

  public UnhandledAuthError(Catalog catalog) {
    super(
        new RuleDescriptor(
            ID,
            Level.WARNING,
            "An LLM SDK call whose authentication failure (HTTP 401) nothing handles.",
            "A missing, wrong or revoked API key is not noticed when the client is built but at the "
                + "first request, which then fails with the SDK's 401 exception. Those exceptions are "
                + "unchecked, so javac never asks for a catch, and an unhandled bad key shows up as a crash or "
                + "a generic error far from its cause. Catch the SDK's 401 type (or a supertype) around the "
                + "call, or handle the failure of the returned future, and report the bad key to whoever can "
                + "fix it. Do not retry it: the same key fails again.",
            TestCode.WITH_INCLUDE_TESTS));
    this.catalog = catalog;
  }

  @Override
  public boolean readsForProjectClientTypes(SourceFile file) {
    return true;
  }

  @Override
  public boolean judges(SourceFile file, ProjectModel project) {
    // An SDK's own sources pass the failure on to the application by design; the application's
    // calls are the ones to judge.
    return !SdkSources.includes(file, project);
  }

  @Override
  public boolean needsParse(SourceFile file) {
    return Prefilter.mentionsSdk(file.text(), catalog);
  }

  @Override
  public void check(JavaUnit unit, FileReport report) {
    if (report.testCodeQuiet()) {
      return;
    }
    SdkCalls calls = SdkCalls.in(unit);
    Map<Catalog.Sdk, AuthFailureHandling> handling = new HashMap<>();
    for (SdkCalls.NetworkCall call : calls.all()) {
      Set<Catalog.Provider> providers = calls.providers(call);
      if (providers.stream().allMatch(Catalog.Provider::isLocal) && !providers.isEmpty()) {
        continue; // a local or in-process model: no key, no 401
      }
      AuthFailure failure = AuthFailure.of(unit, call.sdk(), providers);
      if (!handling
          .computeIfAbsent(call.sdk(), sdk -> new AuthFailureHandling(catalog, unit, failure))
          .handles(call)) {
        report.add(this, defaultLevel(), call.call(), message(call, failure));
      }
    }
  }

  private static String message(SdkCalls.NetworkCall call, AuthFailure failure) {
    // An SDK of one provider's name says it already: "OpenAI Java SDK call", not "... to OpenAI".
    String provider =
        failure
            .provider()
            .filter(p -> !failure.sdkName().startsWith(p.name()))
            .map(p -> " to " + p.name())
            .orElse("");
    String exception = failure.advice().get(0);
    String failsWith =
        exception.equals("java.lang.RuntimeException")
            ? "fails with an exception of its HTTP client (it has no exception type for HTTP 401)"
            : "fails with " + AuthFailure.simpleName(exception) + " (HTTP 401)";
    String how =
        call.async()
            ? "Handle the failure of the returned future (exceptionally/handle/whenComplete, or catch "
                + "CompletionException around join()) and check for "
                + failure.adviceNames(" or ")
            : "Catch " + failure.adviceNames(" or ");
    return "This "
        + failure.sdkName()
        + " call"
        + provider
        + " "
        + failsWith
        + " when the API key is "
        + "missing, wrong or revoked, and nothing here handles it. "
        + how
        + " and report the bad key; "
        + "do not retry it: the same key fails again.";
  }
}
