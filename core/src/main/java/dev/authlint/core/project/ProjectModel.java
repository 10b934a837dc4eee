package dev.authlint.core.project;

import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What the rest of a project says about the file a rule is looking at: the build that declares its
 * dependencies. Built once per run over the analysed files and shared, read-only, by every thread.
 */
public final class ProjectModel {
  private final Catalog catalog;
  private final BuildFiles builds = new BuildFiles();
  private final List<Path> files;
  private final Supplier<Set<Catalog.Provider>> everyBuildsProviders;

  private ProjectModel(Catalog catalog, List<Path> files) {
    this.catalog = catalog;
    this.files = List.copyOf(files);
    this.everyBuildsProviders = memoize(() -> providersIn(
        this.files.stream().map(builds::of).flatMap(Optional::stream).distinct()));
  }

  /** The model of a run over these files (absolute paths). */
  public static ProjectModel of(Catalog catalog, List<Path> files) {
    return new ProjectModel(catalog, files);
  }

  /** A model that knows no other file: each file's own build is still read when it lies on disk. */
  public static ProjectModel ofNothing(Catalog catalog) {
    return new ProjectModel(catalog, List.of());
  }

  public Optional<BuildFile> buildOf(SourceFile file) {
    return file.location() == null ? Optional.empty() : builds.of(file.location());
  }

  /**
   * The model providers a file's build brings in (its own dependencies and its parents'); when it
   * declares none, those of every build in the run, since a module may take its model from another.
   * Empty when no build says.
   */
  public Set<Catalog.Provider> declaredProviders(SourceFile file) {
    Set<Catalog.Provider> own = providersIn(buildOf(file).stream());
    return own.isEmpty() ? everyBuildsProviders.get() : own;
  }

  /** The version of an SDK the file's build uses, if it says. */
  public Optional<String> versionOf(Catalog.Sdk sdk, SourceFile file) {
    return buildOf(file).flatMap(build ->
        Stream.concat(build.dependencies().stream(), build.managed().stream())
            .filter(d -> sdk.isModule(d.coordinates()) && d.version().isPresent())
            .map(d -> d.version().get())
            .max(Versions.ORDER));
  }

  private Set<Catalog.Provider> providersIn(Stream<BuildFile> buildFiles) {
    Set<Catalog.Provider> found = new LinkedHashSet<>();
    buildFiles.flatMap(b -> b.dependencies().stream()).forEach(d ->
        catalog.providers().stream().filter(p -> p.isModule(d.coordinates())).forEach(found::add));
    return found;
  }

  private static <T> Supplier<T> memoize(Supplier<T> supplier) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            if (value == null) {
              value = supplier.get();
            }
            v = value;
          }
        }
        return v;
      }
    };
  }
}
