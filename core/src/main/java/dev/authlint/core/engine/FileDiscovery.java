package dev.authlint.core.engine;

import dev.authlint.core.Diagnostic;
import dev.authlint.core.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the files the rules read under the given paths: Java sources and the configuration files
 * that hold keys. Build output, VCS folders and dependencies are skipped; symbolic links are
 * followed once.
 */
public final class FileDiscovery {
  private static final Set<String> SKIPPED_FOLDERS =
      Set.of(".git", ".hg", ".svn", ".idea", ".gradle", ".mvn", "node_modules");

  /**
   * Build output folders, skipped only beside their build file: {@code
   * org/springframework/aop/target} is a Java package. {@code bin} is where Eclipse, VS Code and
   * Gradle's Eclipse import compile to (and copy resources, whose findings would come twice).
   */
  private static final Map<String, List<String>> OUTPUT_FOLDERS =
      Map.of(
          "target", List.of("pom.xml"),
          "build", List.of("build.gradle", "build.gradle.kts", "build.xml"),
          "bin", List.of(".classpath", ".project", "build.gradle", "build.gradle.kts"));

  /** Files found (sorted, no duplicates) and the paths that could not be walked. */
  public record Discovered(List<Path> files, List<Diagnostic> diagnostics) {}

  private FileDiscovery() {}

  public static Discovered discover(List<Path> inputs, Path base) {
    Set<Path> files = new TreeSet<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        diagnostics.add(new Diagnostic(display(input, base), "no such file or folder"));
      } else if (Files.isDirectory(input)) {
        walk(input, base, files, diagnostics);
      } else if (Files.isRegularFile(input)
          && SourceFile.Kind.of(input.getFileName().toString()) != null) {
        files.add(input.toAbsolutePath().normalize());
      }
    }
    return new Discovered(new ArrayList<>(files), diagnostics);
  }

  private static void walk(Path root, Path base, Set<Path> files, List<Diagnostic> diagnostics) {
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              return !dir.equals(root)
                      && (SKIPPED_FOLDERS.contains(name) || isBuildOutput(dir, name))
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()
                  && SourceFile.Kind.of(file.getFileName().toString()) != null) {
                files.add(file.toAbsolutePath().normalize());
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String why =
                  e instanceof FileSystemLoopException
                      ? "skipped: symbolic link loop"
                      : "could not be read: " + e.getClass().getSimpleName();
              diagnostics.add(new Diagnostic(display(file, base), why));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      diagnostics.add(
          new Diagnostic(display(root, base), "could not be walked: " + e.getMessage()));
    }
  }

  private static boolean isBuildOutput(Path dir, String name) {
    return OUTPUT_FOLDERS.getOrDefault(name, List.of()).stream()
            .anyMatch(buildFile -> Files.exists(dir.resolveSibling(buildFile)))
        || (name.equals("bin") && holdsClassFiles(dir));
  }

  /**
   * Whether a folder holds compiled classes: a {@code bin} folder without a project file beside it
   * ({@code javac -d bin}) is output too, while a source package named {@code bin} holds none.
   */
  private static boolean holdsClassFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(file -> file.getFileName().toString().endsWith(".class"));
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /** The path as reports show it: relative to {@code base} when under it, with '/' separators. */
  public static String display(Path path, Path base) {
    Path absolute = path.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    String text = shown.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
