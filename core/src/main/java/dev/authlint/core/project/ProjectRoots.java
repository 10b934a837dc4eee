package dev.authlint.core.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The project each file of a run belongs to, so that one project's files never answer for another
 * (several checkouts analysed in one run, an SDK's sources beside the applications that use it). A
 * file belongs to the outermost folder with a build file between it and the input it was found
 * under, since a multi-module build's root covers its modules; where there is none, to the nearest
 * build above (an input inside a module: its main and test sources are one project). Files with no
 * build anywhere above them make one project together.
 */
public final class ProjectRoots {
  /** A module's build file, or a Gradle build's settings (a multi-project build's root). */
  private static final List<String> BUILD_FILES =
      Stream.concat(BuildFiles.NAMES.stream(), Stream.of("settings.gradle", "settings.gradle.kts"))
          .toList();

  /**
   * The inputs of the run, deepest first, so that a file's own input is the first that holds it.
   */
  private final List<Path> inputs;

  private final Map<Path, Boolean> holdsBuild = new ConcurrentHashMap<>();

  public ProjectRoots(List<Path> inputs) {
    this.inputs =
        inputs.stream()
            .map(p -> p.toAbsolutePath().normalize())
            .sorted(Comparator.comparingInt(Path::getNameCount).reversed())
            .toList();
  }

  /**
   * The root of the project of a file on disk; empty when no build file says, or it lies nowhere.
   */
  public Optional<Path> of(Path location) {
    if (location == null) {
      return Optional.empty();
    }
    Path file = location.toAbsolutePath().normalize();
    Path input = inputs.stream().filter(file::startsWith).findFirst().orElse(file);
    Path outermost = null;
    Path folder = file.getParent();
    for (; folder != null && folder.startsWith(input); folder = folder.getParent()) {
      if (holdsBuild(folder)) {
        outermost = folder;
      }
    }
    for (; outermost == null && folder != null; folder = folder.getParent()) {
      if (holdsBuild(folder)) {
        outermost = folder;
      }
    }
    return Optional.ofNullable(outermost);
  }

  private boolean holdsBuild(Path folder) {
    return holdsBuild.computeIfAbsent(
        folder, f -> BUILD_FILES.stream().anyMatch(name -> Files.isRegularFile(f.resolve(name))));
  }
}
