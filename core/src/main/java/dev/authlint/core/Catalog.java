package dev.authlint.core;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What authlint knows about the LLM SDKs, loaded from the {@code catalog.json} resource. Rules ask the
 * catalog; they hold no SDK names of their own.
 */
public record Catalog(String comment, List<KeyFormat> keyFormats, List<Sdk> sdks) {

  /** A provider key format, e.g. OpenAI project keys. */
  public record KeyFormat(String name, String prefix, String pattern) {}

  /**
   * Calls that build a client and read its key from system properties and environment variables at
   * that moment, never again. A call is written {@code Type.method} (a call on a chain or variable
   * that starts from {@code Type}) or {@code new Type}. A system property stands for the environment
   * variable at the same index ({@code openai.apiKey} for {@code OPENAI_API_KEY}).
   */
  public record KeyReader(List<String> calls, List<String> systemProperties, List<String> envVars) {}

  /**
   * One SDK's key and authentication surface. Names of types and factories are fully qualified.
   * {@code credentialMethods} are builder methods other than {@code keyMethods} that give a client
   * its credentials, so that it reads none from the environment. {@code authExceptions} are what a
   * request with a bad key throws (HTTP 401); {@code authExceptionSupertypes} are the SDK's own
   * supertypes of those, nearest first.
   */
  public record Sdk(
      String id,
      String name,
      List<String> packages,
      List<String> keyMethods,
      List<String> keyConstructors,
      List<String> keyFactories,
      List<String> keySystemProperties,
      List<String> keyEnvVars,
      List<String> keyConfigProperties,
      List<String> credentialMethods,
      List<KeyReader> keyReaders,
      List<String> authExceptions,
      List<String> authExceptionSupertypes) {

    public boolean ownsType(String qualifiedName) {
      return packages.stream().anyMatch(p -> qualifiedName.startsWith(p + "."));
    }
  }

  private static final Catalog DEFAULT = load();

  public static Catalog defaults() {
    return DEFAULT;
  }

  private static Catalog load() {
    ObjectMapper mapper =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in = Catalog.class.getResourceAsStream("catalog.json")) {
      return mapper.readValue(in, Catalog.class);
    } catch (IOException e) {
      throw new UncheckedIOException("authlint's catalog.json could not be read", e);
    }
  }

  /** The SDK a fully qualified type belongs to. */
  public Optional<Sdk> sdkOwning(String qualifiedName) {
    return sdks.stream().filter(s -> s.ownsType(qualifiedName)).findFirst();
  }

  /** Whether some SDK package is a prefix of, or equal to, this package or type name. */
  public boolean isSdkName(String name) {
    return sdks.stream()
        .flatMap(s -> s.packages().stream())
        .anyMatch(p -> name.equals(p) || name.startsWith(p + "."));
  }

  public boolean isKeySystemProperty(String name) {
    return sdks.stream().anyMatch(s -> s.keySystemProperties().contains(name));
  }

  public boolean isKeyEnvVar(String name) {
    return sdks.stream().anyMatch(s -> s.keyEnvVars().contains(name));
  }

  /**
   * Whether a Spring-style configuration property holds an SDK key. Spring binds {@code api-key},
   * {@code apiKey} and {@code api_key} alike, so names are compared without case, dashes or underscores.
   */
  public boolean isKeyConfigProperty(String name) {
    String relaxed = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return sdks.stream()
        .flatMap(s -> s.keyConfigProperties().stream())
        .anyMatch(p -> Pattern.matches(p, relaxed));
  }
}
