package dev.authlint.maven;

import dev.authlint.core.HostPipeline;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks the module's Java sources and configuration files for authentication mistakes around LLM
 * SDK calls, logs each finding as {@code path:[line,col] RuleId: message}, writes a report (SARIF
 * by default) and fails the build when a finding reaches {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  /** Skips the check. */
  @Parameter(property = "authlint.skip", defaultValue = "false")
  private boolean skip;

  /** Fails the build when a finding reaches {@code failOn}; when false, the build only warns. */
  @Parameter(property = "authlint.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /**
   * Which findings fail the build: {@code warning} (every finding), {@code error} or {@code never};
   * the same as the command line's {@code --fail-on}.
   */
  @Parameter(property = "authlint.failOn", defaultValue = "warning")
  private String failOn;

  /** Rule ids to run; all rules when empty. */
  @Parameter(property = "authlint.enable")
  private List<String> enable;

  /** Rule ids not to run. */
  @Parameter(property = "authlint.disable")
  private List<String> disable;

  /**
   * Ant-style patterns of files to check, relative to each source or resource folder; all when
   * empty.
   */
  @Parameter(property = "authlint.includes")
  private List<String> includes;

  /** Ant-style patterns of files not to check, relative to each source or resource folder. */
  @Parameter(property = "authlint.excludes")
  private List<String> excludes;

  /**
   * Also checks the test source and resource folders, reporting there what is off in tests by
   * default.
   */
  @Parameter(property = "authlint.includeTests", defaultValue = "false")
  private boolean includeTests;

  /**
   * Also finds keys in every commit of the project's git repository (reachable from HEAD or any
   * branch or tag) (in the execution root only, once per build), each reported once where it first
   * appeared.
   */
  @Parameter(property = "authlint.history", defaultValue = "false")
  private boolean history;

  /** A baseline file: findings it lists are accepted and neither logged nor counted. */
  @Parameter(property = "authlint.baseline")
  private File baseline;

  /**
   * Records this run's findings in this file as a baseline. The run then accepts them: it logs and
   * fails on none, as the command line's {@code --write-baseline}.
   */
  @Parameter(property = "authlint.writeBaseline")
  private File writeBaseline;

  /** The report format: {@code sarif}, {@code json}, {@code checkstyle} or {@code text}. */
  @Parameter(property = "authlint.outputFormat", defaultValue = "sarif")
  private String outputFormat;

  /**
   * The report file; by default {@code target/authlint.sarif} (or .json, -checkstyle.xml, .txt).
   */
  @Parameter(property = "authlint.outputFile")
  private File outputFile;

  /**
   * Keeps each file's results between builds and analyses again only the files whose text, or what
   * they depend on in the rest of the module, changed. On by default; {@code false} analyses every
   * file.
   */
  @Parameter(property = "authlint.useCache", defaultValue = "true")
  private boolean useCache;

  /** Where the results are kept. */
  @Parameter(
      property = "authlint.cacheFile",
      defaultValue = "${project.build.directory}/authlint-cache.json")
  private File cacheFile;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("authlint: skipped");
      return;
    }
    HostPipeline.Outcome outcome;
    try {
      File report =
          outputFile != null
              ? outputFile
              : new File(
                  project.getBuild().getDirectory(), ModuleCheck.defaultFileName(outputFormat));
      ModuleCheck check =
          new ModuleCheck()
              .includeTests(includeTests)
              .history(history)
              .includes(includes)
              .excludes(excludes)
              .rules(enable, disable)
              .failOn(failOn)
              .baseline(baseline)
              .writeBaseline(writeBaseline)
              .outputFormat(outputFormat)
              .outputFile(report)
              .cacheFile(useCache ? cacheFile : null);
      ModuleCheck.Log log = new ModuleCheck.Log(getLog()::error, getLog()::warn, getLog()::info);
      outcome = check.run(project, session, log);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("authlint: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("authlint: " + e.getMessage(), e);
    }
    if (outcome == null) {
      return;
    }
    if (!outcome.fails()) {
      getLog().info(outcome.summary());
    } else if (failOnViolation) {
      throw new MojoFailureException(outcome.summary());
    } else {
      getLog().warn(outcome.summary());
    }
  }
}
