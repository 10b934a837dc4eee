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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /**
   * The simple names of the types whose catch receives a 401: the SDKs' 401 types and their
   * supertypes, the catch-alls, and the wrappers a future's failure comes in.
   */
  private final Set<String> receiving401;

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
    this.receiving401 =
        Stream.of(
                catalog.sdks().stream().flatMap(sdk -> catalog.authExceptionTypes(sdk).stream()),
                AuthFailure.CATCH_ALL.stream(),
                catalog.frameworks().async().wrappers().stream())
            .flatMap(types -> types)
            .map(type -> type.substring(type.lastIndexOf('.') + 1))
            .collect(Collectors.toSet());
  }

  /**
   * A retry needs a retry library or policy, an async error handler, or a catch that can receive
   * the 401 (a file whose catches all take other exceptions, such as IOException, has none).
   */
  @Override
  public boolean readsForProjectClientTypes(SourceFile file) {
    String text = file.text();
    return text.contains("Retry")
        || catalog.frameworks().async().errorHandlers().stream().anyMatch(h -> calls(text, h))
        || catchesA401(text);
  }

  // The text tests below look for words with indexOf, which costs a tenth of a regular expression
  // tried at every position: they run on every file that names an SDK.

  /** Whether the text has {@code .method(}, with or without spaces around the name. */
  private static boolean calls(String text, String method) {
    for (int at = text.indexOf(method); at >= 0; at = text.indexOf(method, at + 1)) {
      if (nextVisible(text, at + method.length()) == '(' && previousVisible(text, at) == '.') {
        return true;
      }
    }
    return false;
  }

  private static char nextVisible(String text, int from) {
    int i = visibleFrom(text, from);
    return i < text.length() ? text.charAt(i) : 0;
  }

  /** Where the first character that is not white space lies, from {@code from} on. */
  private static int visibleFrom(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static char previousVisible(String text, int before) {
    int i = before - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 ? text.charAt(i) : 0;
  }

  /** What follows {@code catch (}: {@code final}, the caught types, the parameter's name. */
  private static final Pattern CAUGHT =
      Pattern.compile("\\s*(?:final\\s+)?([\\w.$|\\s]+?)\\s+[\\w$]+\\s*\\)");

  /** One of the caught types (several are separated by {@code |}). */
  private static final Pattern TYPE = Pattern.compile("[\\w.$]+");

  /**
   * Whether some catch clause may receive a 401: it names one of {@link #receiving401}, or it
   * cannot be read without parsing (an annotated parameter).
   */
  private boolean catchesA401(String text) {
    Matcher caught = CAUGHT.matcher(text);
    for (int at = text.indexOf("catch"); at >= 0; at = text.indexOf("catch", at + 1)) {
      int open = visibleFrom(text, at + "catch".length());
      if (open == text.length()
          || text.charAt(open) != '('
          || (at > 0 && Character.isJavaIdentifierPart(text.charAt(at - 1)))) {
        continue;
      }
      caught.region(open + 1, text.length());
      if (!caught.lookingAt()) {
        return true;
      }
      Matcher type = TYPE.matcher(caught.group(1));
      while (type.find()) {
        String name = type.group();
        if (receiving401.contains(name.substring(name.lastIndexOf('.') + 1))) {
          return true;
        }
      }
    }
    return false;
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
