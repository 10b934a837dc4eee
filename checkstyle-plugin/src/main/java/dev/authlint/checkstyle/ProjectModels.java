package dev.authlint.checkstyle;

import dev.authlint.core.Engine;
import dev.authlint.core.SourceFile;
import dev.authlint.core.cache.ResultCache;
import dev.authlint.core.engine.FileDiscovery;
import dev.authlint.core.engine.SourceReader;
import dev.authlint.core.project.ProjectModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project model of the build root a checked file belongs to (the nearest folder with a Maven or
 * Gradle build file), made once and reused while the sources under it stay as they are, so that
 * Checkstyle, which hands over one file at a time, sees what the command line and the Maven goal
 * see. A few roots are kept, the most recently used.
 */
final class ProjectModels {
  private ProjectModels() {}

  private static final int ROOTS = 4;

  /** How long a model is trusted before the sources are looked at again. */
  private static final long RECHECK_MILLIS = 2_000;

  private static final List<String> BUILD_FILES =
      List.of("pom.xml", "build.gradle", "build.gradle.kts");

  private record Known(ProjectModel model, String state, long checkedAt) {}

  /** A build root, and the result cache its model was made with (null: none). */
  private record Root(Path folder, ResultCache cache) {}

  private static final Map<Root, Known> MODELS =
      Collections.synchronizedMap(
          new LinkedHashMap<>(ROOTS, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Root, Known> eldest) {
              return size() > ROOTS;
            }
          });

  /**
   * The model of the project a file lies in; a model of the file alone when it lies nowhere. With a
   * result cache, the model takes the summaries it keeps and records what analyses consult.
   */
  static ProjectModel of(SourceFile file, Engine engine, ResultCache cache) {
    if (file.location() == null) {
      return engine.project(List.of(file), cache);
    }
    Root root = new Root(rootOf(file.location()), cache);
    long now = System.currentTimeMillis();
    Known known = MODELS.get(root);
    if (known != null && now - known.checkedAt() < RECHECK_MILLIS) {
      return known.model();
    }
    List<Path> sources = FileDiscovery.discover(List.of(root.folder()), root.folder()).files();
    String state = state(sources);
    if (known != null && known.state().equals(state)) {
      MODELS.put(root, new Known(known.model(), state, now));
      return known.model();
    }
    ProjectModel model = engine.project(read(sources), cache);
    MODELS.put(root, new Known(model, state, now));
    return model;
  }

  /**
   * The nearest folder with a build file; without one, the folder that holds the file's innermost
   * {@code src/<source set>/java} folders, or the file's own folder.
   */
  private static Path rootOf(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    for (Path dir = folder; dir != null; dir = dir.getParent()) {
      Path d = dir;
      if (BUILD_FILES.stream().anyMatch(b -> Files.isRegularFile(d.resolve(b)))) {
        return dir;
      }
    }
    // A Maven or Gradle layout without its build file: src/<source set>/java/...
    Matcher layout =
        SOURCE_LAYOUT.matcher(folder.toString().replace(File.separatorChar, '/') + "/");
    int start = -1;
    while (layout.find()) {
      start = layout.start();
    }
    return start > 0 ? Path.of(folder.toString().substring(0, start)) : folder;
  }

  private static final Pattern SOURCE_LAYOUT = Pattern.compile("/src/[^/]+/(java|resources)/");

  /** The sources as Checkstyle names them, read from disk. */
  private static List<SourceFile> read(List<Path> sources) {
    List<SourceFile> files = new ArrayList<>();
    for (Path path : sources) {
      SourceReader.Read read =
          SourceReader.read(
              path, path.toString(), SourceFile.Kind.of(path.getFileName().toString()));
      if (read.file() != null) {
        SourceFile named = SharedAnalysis.sourceFile(path.toFile(), read.file().text());
        if (named != null) {
          files.add(named);
        }
      }
    }
    return files;
  }

  /** The sources' names, sizes and times: a model is made again when any of them changes. */
  private static String state(List<Path> sources) {
    StringBuilder state = new StringBuilder();
    for (Path path : sources) {
      File f = path.toFile();
      state
          .append(f.getPath())
          .append(':')
          .append(f.length())
          .append(':')
          .append(f.lastModified())
          .append('\n');
    }
    return Integer.toHexString(state.toString().hashCode()) + ":" + sources.size();
  }
}
