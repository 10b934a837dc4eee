package dev.authlint.core.project;

import dev.authlint.core.catalog.Catalog;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a Maven or Gradle build file says about the project it builds: its own coordinates and the
 * artifacts it depends on, with the parent POMs of the same checkout taken into account. Only what
 * the rules need is kept.
 *
 * @param path the build file
 * @param group the project's own group id, empty when the file does not say
 * @param dependencies what the project depends on (its own and inherited {@code dependencies})
 * @param managed versions the build manages without depending ({@code dependencyManagement}, BOMs,
 *     Gradle platforms and version catalogs)
 */
public record BuildFile(
    Path path, String group, List<Dependency> dependencies, List<Dependency> managed) {

  /** The version of an SDK the build depends on or manages, if it says. */
  public Optional<String> versionOf(Catalog.Sdk sdk) {
    return Stream.concat(dependencies.stream(), managed.stream())
        .filter(d -> sdk.isModule(d.coordinates()) && d.version().isPresent())
        .map(d -> d.version().get())
        .max(Versions.ORDER);
  }

  /** The model providers the build's dependencies bring in. */
  public Set<Catalog.Provider> providers(Catalog catalog) {
    Set<Catalog.Provider> found = new LinkedHashSet<>();
    for (Dependency d : dependencies) {
      catalog.providers().stream().filter(p -> p.isModule(d.coordinates())).forEach(found::add);
    }
    return found;
  }

  /**
   * {@code group:artifact} and the version the build file gives, if it gives one it can resolve.
   */
  public record Dependency(String group, String artifact, Optional<String> version) {
    public String coordinates() {
      return group + ":" + artifact;
    }
  }
}
