package dev.authlint.core.java;

import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.project.Versions;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The authentication failure (HTTP 401) of one SDK network call, as every rule that judges its
 * handling sees it: the generation of the SDK the project uses, the provider the call goes to, the
 * exception types whose catch covers the failure, those a {@code throws} clause may name to pass it
 * on, and the exceptions to name in advice, which exist in that generation.
 */
public record AuthFailure(
    Catalog.Sdk sdk,
    Catalog.Generation generation,
    Optional<Catalog.Provider> provider,
    Set<String> catchTypes,
    Set<String> sdkTypes,
    List<String> advice,
    Map<String, String> caughtAs) {

  /** Catching one of these catches every failure. */
  public static final Set<String> CATCH_ALL =
      Set.of("java.lang.RuntimeException", "java.lang.Exception", "java.lang.Throwable");

  /** The failure of a call of this SDK to these providers (one provider: named in the advice). */
  public static AuthFailure of(JavaUnit unit, Catalog.Sdk sdk, Set<Catalog.Provider> providers) {
    Catalog catalog = unit.catalog();
    Set<String> sdkTypes = new LinkedHashSet<>(catalog.authExceptionTypes(sdk));
    Set<String> catchTypes = new LinkedHashSet<>(sdkTypes);
    catchTypes.addAll(CATCH_ALL);
    Catalog.Generation generation = generation(unit, sdk);
    Optional<Catalog.Provider> provider =
        providers.size() == 1 ? providers.stream().findFirst() : Optional.empty();
    List<String> advice =
        generation == null ? List.of() : generation.adviceFor(provider.orElse(null));
    if (advice == null || advice.isEmpty()) {
      advice = catalog.authExceptionsThrownBy(sdk);
    }
    // A catch of one of the 401 types receives that type; a catch of a supertype the first listed.
    Map<String, String> caughtAs = new HashMap<>();
    catalog
        .withWrapped(sdk)
        .forEach(
            s -> {
              s.authExceptions().forEach(type -> caughtAs.putIfAbsent(type, type));
              s.authExceptionSupertypes()
                  .forEach(type -> caughtAs.putIfAbsent(type, s.authExceptions().get(0)));
            });
    return new AuthFailure(
        sdk,
        generation,
        provider,
        Set.copyOf(catchTypes),
        Set.copyOf(sdkTypes),
        advice,
        Map.copyOf(caughtAs));
  }

  /**
   * The generation of an SDK a file is written against: the one the build's version falls in; else
   * the one whose marker types the file uses; else the newest.
   */
  static Catalog.Generation generation(JavaUnit unit, Catalog.Sdk sdk) {
    List<Catalog.Generation> generations = sdk.generations();
    if (generations == null || generations.isEmpty()) {
      return null;
    }
    Optional<String> version = unit.project().versionOf(sdk, unit.file());
    if (version.isPresent()) {
      return generations.stream()
          .filter(g -> g.before() == null || Versions.isBefore(version.get(), g.before()))
          .findFirst()
          .orElse(generations.get(generations.size() - 1));
    }
    return generations.stream()
        .filter(g -> g.markers().stream().anyMatch(unit::mentionsType))
        .findFirst()
        .orElse(generations.get(generations.size() - 1));
  }

  /** Whether a caught type (or a type in a test of the error) covers this failure. */
  public boolean coveredBy(String type) {
    return catchTypes.contains(type);
  }

  /**
   * The 401 exception a catch of this type receives, by simple name: the SDK's (or a wrapped SDK's)
   * own for one of their types, the advised one for a catch of everything.
   */
  public String caughtAs(String caughtType) {
    return simpleName(caughtAs.getOrDefault(caughtType, advice.get(0)));
  }

  /** The SDK, and its generation where it has several: "LangChain4j 0.x". */
  public String sdkName() {
    return generation == null || generation.name().isEmpty() || sdk.generations().size() < 2
        ? sdk.name()
        : sdk.name() + " " + generation.name();
  }

  /**
   * The simple names of the advised exceptions: "UnauthorizedException or NonTransientAiException".
   */
  public String adviceNames(String joiner) {
    return String.join(joiner, advice.stream().map(AuthFailure::simpleName).toList());
  }

  /** {@code OpenAIException.AuthenticationException} for a nested type; no package. */
  public static String simpleName(String qualified) {
    String[] parts = qualified.split("\\.");
    int first = 0;
    while (first < parts.length - 1
        && !parts[first].isEmpty()
        && Character.isLowerCase(parts[first].charAt(0))) {
      first++;
    }
    return String.join(".", Stream.of(parts).skip(first).toList());
  }
}
