package dev.authlint.core.project;

import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SDK's own sources, such as LangChain4j's chains and retrievers that call its models: they pass
 * the authentication failure on to the application by design, and the application's files seldom
 * ask the project model about them.
 */
public final class SdkSources {
  /** A file's package declaration; comments and annotations may come before it. */
  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");

  private SdkSources() {}

  /**
   * Whether a file is an SDK's own: its package is one of the SDK's, and neither the package
   * (samples, demos, examples) nor the build (another group than the SDK's) says it is an
   * application.
   */
  public static boolean includes(SourceFile file, ProjectModel project) {
    Matcher pkg = PACKAGE.matcher(file.text());
    Optional<Catalog.Sdk> sdk =
        pkg.find() ? project.catalog().sdkOwning(pkg.group(1) + ".X") : Optional.empty();
    if (sdk.isEmpty()) { // not an SDK's package, or an application inside one
      return false;
    }
    return project
        .buildOf(file)
        .map(
            build ->
                build.group().isEmpty()
                    || sdk.get().modules().stream()
                        .anyMatch(m -> m.startsWith(build.group() + ":")))
        .orElse(true);
  }
}
