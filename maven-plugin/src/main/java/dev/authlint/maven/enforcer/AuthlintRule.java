package dev.authlint.maven.enforcer;

import dev.authlint.core.HostPipeline;
import dev.authlint.maven.ModuleCheck;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.apache.maven.enforcer.rule.api.AbstractEnforcerRule;
import org.apache.maven.enforcer.rule.api.EnforcerRuleError;
import org.apache.maven.enforcer.rule.api.EnforcerRuleException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * {@code <rules><authlint/></rules>} for maven-enforcer-plugin: the findings of {@code
 * authlint:check}, without a report file unless {@code outputFile} is set. This package is compiled
 * to Java 11 class files because Maven before 3.9.6 cannot read newer ones when it indexes enforcer
 * rules; the code it calls is Java 17, which runs fine once loaded.
 */
@Named("authlint")
public final class AuthlintRule extends AbstractEnforcerRule {
  private final MavenProject project;
  private final MavenSession session;

  // Set by Maven from the rule's configuration; the goal's parameters of the same names.
  private boolean includeTests;
  private List<String> includes;
  private List<String> excludes;
  private List<String> enable;
  private List<String> disable;
  private String failOn = "warning";
  private File baseline;
  private String outputFormat = "sarif";
  private File outputFile;

  @Inject
  public AuthlintRule(MavenProject project, MavenSession session) {
    this.project = project;
    this.session = session;
  }

  @Override
  public void execute() throws EnforcerRuleException {
    HostPipeline.Outcome outcome;
    try {
      ModuleCheck check =
          new ModuleCheck()
              .includeTests(includeTests)
              .includes(includes)
              .excludes(excludes)
              .rules(enable, disable)
              .failOn(failOn)
              .baseline(baseline)
              .outputFormat(outputFormat)
              .outputFile(outputFile);
      // Error-level findings follow the rule's level, so that <level>WARN</level> only warns.
      ModuleCheck.Log log =
          new ModuleCheck.Log(getLog()::warnOrError, getLog()::warn, getLog()::info);
      outcome = check.run(project, session, log);
    } catch (IllegalArgumentException e) {
      throw new EnforcerRuleError("authlint: " + e.getMessage());
    } catch (IOException e) {
      throw new EnforcerRuleError("authlint: " + e.getMessage(), e);
    }
    if (outcome == null) {
      return;
    }
    if (outcome.fails()) {
      throw new EnforcerRuleException(outcome.summary());
    }
    getLog().info(outcome.summary());
  }

  @Override
  public String toString() {
    return "authlint(failOn=" + failOn + ", includeTests=" + includeTests + ")";
  }
}
