package dev.authlint.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * What authlint is measured against, on the same corpus: {@code read} reads every .java file;
 * {@code parse} parses every one with JavaParser on all cores (one parser per thread, as authlint
 * does). Prints {@code files bytes seconds}.
 */
public final class Baselines {
  private Baselines() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path root = Path.of(args[1]);
    long start = System.nanoTime();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
    int threads = Runtime.getRuntime().availableProcessors();
    ThreadLocal<JavaParser> parser =
        ThreadLocal.withInitial(
            () ->
                new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_25)));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long bytes = 0;
    int failed = 0;
    try {
      List<Future<long[]>> results =
          files.stream().map(f -> pool.submit(() -> work(mode, f, parser.get()))).toList();
      for (Future<long[]> r : results) {
        bytes += r.get()[0];
        failed += (int) r.get()[1];
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%d %d %.2f %d%n", files.size(), bytes, seconds, failed);
  }

  private static long[] work(String mode, Path file, JavaParser parser) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    boolean ok = !mode.equals("parse") || parser.parse(text).isSuccessful();
    return new long[] {text.length(), ok ? 0 : 1};
  }
}
