package dev.authlint.core;

import static java.util.stream.Collectors.joining;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.rules.Rules;
import dev.authlint.core.testing.GeneratedFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's rule table and the rule pages' SDK tables, rendered from the descriptors and the
 * catalog.
 */
class GeneratedDocsTest {
  private static final Path ROOT = GeneratedFiles.root();

  @Test
  void readmeRuleTable() throws IOException {
    GeneratedFiles.checkRegion(
        ROOT.resolve("README.md"),
        "rules",
        "| id | default level | in test code | reports |\n|---|---|---|---|\n"
            + Rules.all().stream()
                .map(Rule::descriptor)
                .map(
                    d ->
                        row(
                            "[`" + d.id() + "`](docs/rules/" + d.id() + ".md)",
                            d.levels(),
                            d.testCode().text(),
                            d.summary()))
                .collect(joining()));
  }

  @Test
  void keyFormatTable() throws IOException {
    GeneratedFiles.checkRegion(
        ROOT.resolve("docs/rules/HardcodedApiKey.md"),
        "key-formats",
        "| format | provider | shape | reported | revoke at |\n|---|---|---|---|---|\n"
            + Catalog.defaults().keyFormats().stream()
                .map(
                    f ->
                        row(
                            f.name(),
                            f.provider(),
                            "`" + f.pattern().replace("|", "\\|") + "`",
                            reportedWhere(f),
                            f.revoke()))
                .collect(joining()));
  }

  @Test
  void authFailureTable() throws IOException {
    Catalog catalog = Catalog.defaults();
    GeneratedFiles.checkRegion(
        ROOT.resolve("docs/rules/UnhandledAuthError.md"),
        "auth-failures",
        "| SDK (generation) | named in the message | SDK supertypes a catch may name |\n|---|---|---|\n"
            + catalog.sdks().stream()
                .flatMap(
                    sdk ->
                        sdk.generations().stream()
                            .map(
                                g ->
                                    row(
                                        sdk.name() + (g.name().isEmpty() ? "" : " " + g.name()),
                                        advice(catalog, g),
                                        sdk.authExceptionSupertypes().stream()
                                            .map(t -> "`" + t + "`")
                                            .collect(joining(", ")))))
                .collect(joining()));
  }

  @Test
  void keyReaderTable() throws IOException {
    GeneratedFiles.checkRegion(
        ROOT.resolve("docs/rules/KeySetAfterClientInit.md"),
        "key-readers",
        "| SDK | reads the key at | system properties | environment variables |\n|---|---|---|---|\n"
            + Catalog.defaults().sdks().stream()
                .flatMap(
                    sdk ->
                        sdk.keyReaders().stream()
                            .map(
                                r ->
                                    row(
                                        sdk.name(),
                                        r.calls().stream()
                                            .map(c -> "`" + withoutPackage(c) + "`")
                                            .collect(joining(", ")),
                                        codes(r.systemProperties()),
                                        codes(r.envVars()))))
                .collect(joining()));
  }

  @Test
  void clientKeyTable() throws IOException {
    Catalog catalog = Catalog.defaults();
    GeneratedFiles.checkRegion(
        ROOT.resolve("docs/rules/CrossProviderKey.md"),
        "client-keys",
        "| client | takes the keys of |\n|---|---|\n"
            + catalog.sdks().stream()
                .flatMap(
                    sdk ->
                        sdk.clientKeys().stream()
                            .map(
                                keys ->
                                    row(
                                        sdk.name() + " " + codes(keys.types()),
                                        keysOf(catalog, keys))))
                .collect(joining()));
  }

  /**
   * The SDKs whose key names a client takes, each with its environment variables and properties.
   */
  private static String keysOf(Catalog catalog, Catalog.ClientKeys keys) {
    return keys.keysOf().stream()
        .map(id -> catalog.sdk(id).orElseThrow())
        .map(
            owner ->
                owner.name()
                    + ": "
                    + codes(
                        Stream.concat(
                                owner.keyEnvVars().stream(), owner.keySystemProperties().stream())
                            .toList()))
        .collect(joining("; "));
  }

  /**
   * {@code OpenAIOkHttpClient.Builder.fromEnv} for {@code
   * com.openai.client.okhttp.OpenAIOkHttpClient.Builder.fromEnv}.
   */
  private static String withoutPackage(String call) {
    String prefix = call.startsWith("new ") ? "new " : "";
    String name = call.substring(prefix.length());
    int type = 0;
    while (type < name.length() && !Character.isUpperCase(name.charAt(type))) {
      type = name.indexOf('.', type) + 1;
    }
    return prefix + name.substring(type);
  }

  private static String codes(List<String> names) {
    return names.isEmpty() ? "none" : names.stream().map(n -> "`" + n + "`").collect(joining(", "));
  }

  /**
   * The exceptions a generation's findings name: for any provider, or per provider where they
   * differ.
   */
  private static String advice(Catalog catalog, Catalog.Generation generation) {
    return generation.advice().entrySet().stream()
        .sorted(
            java.util.Map.Entry.comparingByKey(
                java.util.Comparator.comparing((String id) -> id.equals("*"))
                    .thenComparing(id -> id)))
        .map(
            e ->
                (e.getKey().equals("*")
                        ? (generation.advice().size() > 1 ? "other providers: " : "")
                        : catalog.provider(e.getKey()).name() + ": ")
                    + e.getValue().stream().map(t -> "`" + t + "`").collect(joining(" or ")))
        .collect(joining("; "));
  }

  private static String reportedWhere(Catalog.KeyFormat format) {
    if (format.distinctive()) {
      return "anywhere";
    }
    if (format.context() == null) {
      return "where a key is expected";
    }
    return "where a key is expected (name says `" + format.context().replace("|", "`/`") + "`)";
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }
}
