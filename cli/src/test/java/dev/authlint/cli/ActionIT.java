package dev.authlint.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.authlint.core.HostPipeline;
import dev.authlint.core.report.ReportFormat;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The GitHub Action (action.yml at the root), as far as it can be tried without GitHub: its shape,
 * the options its steps pass to the command line, and its run step executed here on a sample
 * project.
 */
class ActionIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([^}]*?)\\s*}}");

  private static JsonNode action;

  @TempDir Path project;

  @BeforeAll
  static void read() throws IOException {
    action = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("action.yml").toFile());
  }

  private static List<JsonNode> steps() {
    return StreamSupport.stream(action.path("runs").path("steps").spliterator(), false).toList();
  }

  private static JsonNode step(String id) {
    return steps().stream().filter(s -> s.path("id").asText().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void isACompositeActionWithTheDocumentedInputs() {
    assertThat(action.path("runs").path("using").asText()).isEqualTo("composite");
    JsonNode inputs = action.path("inputs");
    assertThat(iterable(inputs.fieldNames())).containsExactly("paths", "format", "fail-on", "args");
    assertThat(inputs.path("format").path("default").asText()).isEqualTo("sarif");
    // The defaults are values the command line takes.
    HostPipeline.choice(
        ReportFormat.class, "format", inputs.path("format").path("default").asText());
    HostPipeline.choice(
        HostPipeline.FailOn.class, "fail-on", inputs.path("fail-on").path("default").asText());
  }

  @Test
  void setsUpJava17AndUploadsTheSarifReport() {
    JsonNode java =
        steps().stream()
            .filter(s -> s.path("uses").asText().startsWith("actions/setup-java@"))
            .findFirst()
            .orElseThrow();
    assertThat(java.path("with").path("java-version").asText()).isEqualTo("17");
    JsonNode upload =
        steps().stream()
            .filter(s -> s.path("uses").asText().startsWith("github/codeql-action/upload-sarif@"))
            .findFirst()
            .orElseThrow();
    assertThat(upload.path("with").path("sarif_file").asText())
        .isEqualTo("${{ steps.run.outputs.report }}");
    assertThat(upload.path("if").asText()).contains("inputs.format == 'sarif'");
  }

  @Test
  void everyOptionTheStepsPassIsOneTheCommandLineHas() {
    Set<String> options = new CommandLine(new Main()).getCommandSpec().optionsMap().keySet();
    String run = step("run").path("run").asText();
    Matcher option = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*").matcher(run);
    List<String> used = new ArrayList<>();
    while (option.find()) {
      used.add(option.group());
    }
    assertThat(used).containsAtLeast("--format", "--output", "--fail-on");
    assertThat(options).containsAtLeastElementsIn(used);
    // The build step builds the jar the run step runs.
    String build =
        steps().stream()
            .filter(s -> s.path("name").asText().equals("Build authlint"))
            .findFirst()
            .orElseThrow()
            .path("run")
            .asText();
    assertThat(build).contains("-pl cli -am package");
    assertThat(build).contains("cli/target/authlint.jar");
    assertThat(run).contains("\"$GITHUB_ACTION_PATH/cli/target/authlint.jar\"");
  }

  @Test
  void expressionsNameInputsAndStepsThatExist() throws IOException {
    Set<String> inputs = new TreeSet<>(iterable(action.path("inputs").fieldNames()));
    Set<String> ids = new TreeSet<>();
    steps().forEach(s -> ids.add(s.path("id").asText()));
    Matcher m = EXPRESSION.matcher(Files.readString(ROOT.resolve("action.yml")));
    while (m.find()) {
      for (Matcher ref =
              Pattern.compile("inputs\\.([\\w-]+)|steps\\.([\\w-]+)\\.").matcher(m.group(1));
          ref.find(); ) {
        if (ref.group(1) != null) {
          assertWithMessage(m.group()).that(inputs).contains(ref.group(1));
        } else {
          assertWithMessage(m.group()).that(ids).contains(ref.group(2));
        }
      }
    }
  }

  @Test
  void theRunStepReportsInTheChosenFormatAndKeepsTheExitCodeForLater() throws Exception {
    Path sample = ROOT.resolve("samples/insecure-app/src");
    copy(sample, project.resolve("src"));

    Map<String, String> sarif =
        runStep(
            Map.of(
                "paths",
                "src",
                "format",
                "sarif",
                "fail-on",
                "warning",
                "args",
                "--threads 1 --disable UnhandledAuthError"));
    assertThat(sarif).containsEntry("exit-code", "1");
    assertThat(sarif).containsEntry("report", "authlint.sarif");
    JsonNode report = new ObjectMapper().readTree(project.resolve("authlint.sarif").toFile());
    assertThat(report.path("runs").get(0).path("results").size()).isEqualTo(4);

    Map<String, String> text =
        runStep(Map.of("paths", "src", "format", "text", "fail-on", "never", "args", ""));
    assertThat(text).containsEntry("exit-code", "0");
    assertThat(text).containsEntry("report", "authlint.txt");
  }

  /** Runs the run step's script as the runner would, with these inputs; returns what it outputs. */
  private Map<String, String> runStep(Map<String, String> inputs) throws Exception {
    JsonNode step = step("run");
    assertThat(step.path("shell").asText()).isEqualTo("bash");
    Path output = Files.createTempFile(project, "github-output", "");
    ProcessBuilder builder =
        new ProcessBuilder("bash", "-e", "-c", step.path("run").asText())
            .directory(project.toFile())
            .redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    step.path("env")
        .properties()
        .forEach(e -> env.put(e.getKey(), substitute(e.getValue().asText(), inputs)));
    env.put("GITHUB_ACTION_PATH", ROOT.toString());
    env.put("GITHUB_OUTPUT", output.toString());
    env.put(
        "PATH",
        Path.of(System.getProperty("java.home"), "bin") + File.pathSeparator + env.get("PATH"));
    Process process = builder.start();
    String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage(log).that(process.waitFor()).isEqualTo(0);
    Map<String, String> outputs = new HashMap<>();
    for (String line : Files.readAllLines(output)) {
      outputs.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
    }
    return outputs;
  }

  private static String substitute(String value, Map<String, String> inputs) {
    Matcher m = EXPRESSION.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1).replaceFirst("^inputs\\.", "");
      m.appendReplacement(out, Matcher.quoteReplacement(inputs.get(name)));
    }
    return m.appendTail(out).toString();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static List<String> iterable(Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }
}
