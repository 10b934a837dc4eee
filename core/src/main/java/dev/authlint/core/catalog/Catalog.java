package dev.authlint.core.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What authlint knows about the LLM SDKs, loaded from the {@code catalog.json} resource. Rules ask
 * the catalog; they hold no SDK names of their own.
 */
public record Catalog(
    String comment,
    List<KeyFormat> keyFormats,
    List<Sdk> sdks,
    List<Provider> providers,
    Mocking mocking,
    Frameworks frameworks,
    List<RetryLibrary> retryLibraries,
    List<LogSink> logSinks) {

  /**
   * Where text goes to be read by people: loggers and standard output. {@code types} are the
   * receivers' qualified types ({@code java.lang.System.out} for the stream), {@code methods} those
   * that write; {@code lombokAnnotations} give a class a {@code log} field of the logger's type.
   */
  public record LogSink(
      String name, List<String> types, List<String> methods, List<String> lombokAnnotations) {}

  /**
   * Mocking libraries' methods: a call written as the argument of a {@code stubbing} method, or on
   * the result of a {@code verification} or stubbing method, is not made.
   */
  public record Mocking(String comment, List<String> stubbing, List<String> verification) {}

  /**
   * A provider key format, e.g. OpenAI project keys. A {@code distinctive} format is a key wherever
   * it is written; any other is only plausible and counts where a key is expected, and only when
   * the name of that place matches {@code context} (a regex, found in the relaxed name), if given.
   * {@code requires} are character classes each found in the key after its {@code prefix}, so that
   * words and hashes of the right length are not keys. {@code marker} is text every key of the
   * format holds (default: the prefix), for a cheap test before any regex runs. {@code revoke} says
   * where the owner revokes it; {@code source} is where the shape was checked.
   */
  public record KeyFormat(
      String name,
      String provider,
      String prefix,
      String marker,
      String pattern,
      boolean distinctive,
      List<String> requires,
      String context,
      String revoke,
      String source) {

    public KeyFormat {
      prefix = prefix == null ? "" : prefix;
      marker = marker == null ? prefix : marker;
      requires = requires == null ? List.of() : requires;
    }
  }

  /**
   * Calls that build a client and read its key from system properties and environment variables at
   * that moment, never again. A call is written {@code Type.method} (a call on a chain or variable
   * that starts from {@code Type}) or {@code new Type}. A system property stands for the
   * environment variable at the same index ({@code openai.apiKey} for {@code OPENAI_API_KEY}).
   */
  public record KeyReader(
      List<String> calls, List<String> systemProperties, List<String> envVars) {}

  /**
   * One SDK's key and authentication surface. Names of types and factories are fully qualified.
   * {@code credentialMethods} are builder methods other than {@code keyMethods} that give a client
   * its credentials, so that it reads none from the environment. {@code authExceptions} are what a
   * request with a bad key throws (HTTP 401); {@code authExceptionSupertypes} are the SDK's own
   * supertypes of those, nearest first. {@code clientKeys} say whose keys (by SDK id) the SDK's
   * client types take; {@code endpointMethods} are the builder methods that point a client at
   * another server, where another provider's key fits.
   */
  public record Sdk(
      String id,
      String name,
      List<String> packages,
      List<String> modules,
      List<String> keyMethods,
      List<String> keyConstructors,
      List<String> keyFactories,
      List<String> keySystemProperties,
      List<String> keyEnvVars,
      List<String> keyConfigProperties,
      List<String> credentialMethods,
      List<KeyReader> keyReaders,
      List<String> authExceptions,
      List<String> authExceptionSupertypes,
      List<Generation> generations,
      List<ClientKeys> clientKeys,
      List<String> endpointMethods,
      NetworkCalls networkCalls) {

    /**
     * Whether a type is the SDK's: in one of its packages, and not in an application written inside
     * them (its samples, demos, examples, tutorials).
     */
    public boolean ownsType(String qualifiedName) {
      return packages.stream().anyMatch(p -> NameTests.isInPackage(qualifiedName, p))
          && !APPLICATION_PACKAGE.matcher(qualifiedName).find();
    }

    /** Whether a build dependency ({@code group:artifact}) is one of this SDK's artifacts. */
    public boolean isModule(String coordinates) {
      return modules.stream().anyMatch(m -> matchesModule(m, coordinates));
    }
  }

  /**
   * One generation of an SDK, for the advice a finding gives: the versions it spans (up to, not
   * including, {@code before}; the last generation has none), types that only it has ({@code
   * markers}, to tell it from the code when the build does not say), and the exceptions to name per
   * provider id ({@code *} for any other provider).
   */
  public record Generation(
      String name, String before, List<String> markers, Map<String, List<String>> advice) {
    public Generation {
      before = before == null || before.isEmpty() ? null : before;
      markers = orEmpty(markers);
    }

    /** The exceptions to name for a call to this provider (null: unknown). */
    public List<String> adviceFor(Provider provider) {
      return provider != null && advice.containsKey(provider.id())
          ? advice.get(provider.id())
          : advice.get("*");
    }
  }

  /**
   * A model provider as a project builds it: its model and client classes ({@code types}: package
   * prefixes, or class-name prefixes), whether it authenticates with a key or cloud credentials
   * over the network or runs locally without a key, and the build artifacts ({@code
   * group:artifact}, a trailing {@code *} for any suffix) that bring it into a project.
   */
  public record Provider(
      String id, String name, Auth auth, List<String> types, List<String> modules) {
    public enum Auth {
      /** An API key; a bad one fails each request with HTTP 401. */
      @JsonProperty("key")
      KEY,
      /** Cloud credentials (IAM, service accounts), which fail with 401/403 too. */
      @JsonProperty("cloud")
      CLOUD,
      /** A local server or an in-process model: no key, nothing to reject. */
      @JsonProperty("none")
      NONE
    }

    public boolean isLocal() {
      return auth == Auth.NONE;
    }

    /** How specific the match is, or -1: the longest matching prefix wins. */
    int match(String type) {
      return types.stream().filter(type::startsWith).mapToInt(String::length).max().orElse(-1);
    }

    public boolean isModule(String coordinates) {
      return modules.stream().anyMatch(m -> matchesModule(m, coordinates));
    }
  }

  private static boolean matchesModule(String pattern, String coordinates) {
    return pattern.endsWith("*")
        ? coordinates.startsWith(pattern.substring(0, pattern.length() - 1))
        : coordinates.equals(pattern);
  }

  /**
   * Client types (qualified names, or package prefixes ending with a dot) and the SDKs whose key
   * variables and properties hold keys for them.
   */
  public record ClientKeys(List<String> types, List<String> keysOf) {
    public boolean covers(String type) {
      return types.stream()
          .anyMatch(t -> type.equals(t) || (t.endsWith(".") && type.startsWith(t)));
    }
  }

  /**
   * How an SDK's network calls are written, for {@link dev.authlint.core.java.SdkCalls}: a call
   * chain starts at a client (a variable of a client type, a static factory method such as {@code
   * OpenAIOkHttpClient.fromEnv()}, {@code Client.builder()...build()}, {@code new Client(..)}),
   * goes through service accessors ({@code chat().completions()}) and ends in a call ({@code
   * create(..)}). Names are qualified; prefixes end with a dot. {@code alsoThrowsFrom} names SDKs
   * whose exceptions this one lets through (Spring AI 2.x wraps the official SDKs).
   */
  public record NetworkCalls(
      List<String> clientTypes,
      List<String> asyncClientTypes,
      List<String> builderTypes,
      List<String> factoryMethods,
      List<String> buildMethods,
      List<String> serviceTypePrefixes,
      List<String> asyncServiceTypePrefixes,
      List<String> accessors,
      List<String> asyncAccessors,
      List<String> syncAccessors,
      List<String> calls,
      List<String> aiServiceFactories,
      List<String> alsoThrowsFrom,
      String modelClassPattern,
      List<ModelHolder> modelHolders,
      List<String> aiServiceAnnotations) {
    public NetworkCalls {
      modelHolders = orEmpty(modelHolders);
      aiServiceAnnotations = orEmpty(aiServiceAnnotations);
    }

    /** Whether a type of the SDK (by its simple name) is a concrete model or client class. */
    public boolean isModelClass(String simpleName) {
      return modelClassPattern != null && NameTests.matches(modelClassPattern, simpleName);
    }
  }

  /**
   * SDK types whose calls go to a model they were given rather than to a provider of their own (an
   * AI service, a chain, a vector store, Spring AI's ChatClient): the model is the argument at the
   * given positions of a static factory or constructor ({@code new}), or the argument of a builder
   * setter. {@code types} are qualified names, or package prefixes ending with a dot.
   */
  public record ModelHolder(
      List<String> types, Map<String, List<Integer>> arguments, List<String> setters) {
    public boolean covers(String type) {
      return types.stream()
          .anyMatch(t -> type.equals(t) || (t.endsWith(".") && type.startsWith(t)));
    }
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /**
   * A package segment that names an application rather than a library: samples, demos, examples.
   */
  private static final Pattern APPLICATION_PACKAGE =
      Pattern.compile("\\.(samples?|demos?|examples?|tutorials?|apps?|quickstart)(\\.|$)");

  /**
   * Whether a package (or a type in it) is an application's, though it may lie in an SDK's
   * namespace.
   */
  public static boolean isApplicationPackage(String name) {
    return APPLICATION_PACKAGE.matcher(name).find();
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

  public Optional<Sdk> sdk(String id) {
    return sdks.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Provider provider(String id) {
    return providers.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static final Map<Catalog, Set<String>> TYPE_NAMES =
      Collections.synchronizedMap(new IdentityHashMap<>());

  /**
   * Every qualified type name the catalog mentions (annotations, exceptions, clients, loggers), so
   * that a name imported on demand ({@code import org.springframework.web.bind.annotation.*})
   * resolves.
   */
  public Set<String> typeNames() {
    return TYPE_NAMES.computeIfAbsent(
        this,
        c -> {
          Set<String> names = new HashSet<>();
          Stream.of(
                  frameworks.toolAnnotations(),
                  frameworks.beanAnnotations(),
                  frameworks.injectionAnnotations(),
                  frameworks.requestHandlerAnnotations(),
                  frameworks.adviceAnnotations(),
                  frameworks.exceptionHandlerAnnotations(),
                  frameworks.exceptionMappers(),
                  frameworks.async().wrappers(),
                  frameworks.async().futureTypes())
              .forEach(names::addAll);
          for (Sdk sdk : sdks) {
            names.addAll(sdk.authExceptions());
            names.addAll(sdk.authExceptionSupertypes());
            if (sdk.networkCalls() != null) {
              names.addAll(sdk.networkCalls().clientTypes());
              names.addAll(sdk.networkCalls().aiServiceFactories());
              names.addAll(sdk.networkCalls().aiServiceAnnotations());
            }
          }
          retryLibraries.forEach(r -> names.addAll(r.starts()));
          logSinks.forEach(
              l -> {
                names.addAll(l.types());
                names.addAll(l.lombokAnnotations());
              });
          return Set.copyOf(names);
        });
  }

  /**
   * The provider of a model or client class, by the most specific of the providers' type prefixes.
   */
  public Optional<Provider> providerOf(String qualifiedType) {
    Provider best = null;
    int bestLength = -1;
    for (Provider provider : providers) {
      int length = provider.match(qualifiedType);
      if (length > bestLength) {
        best = provider;
        bestLength = length;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The SDK a fully qualified type belongs to. */
  public Optional<Sdk> sdkOwning(String qualifiedName) {
    return sdks.stream().filter(s -> s.ownsType(qualifiedName)).findFirst();
  }

  /** Whether some SDK package is a prefix of, or equal to, this package or type name. */
  public boolean isSdkName(String name) {
    return sdks.stream()
        .flatMap(s -> s.packages().stream())
        .anyMatch(p -> name.equals(p) || NameTests.isInPackage(name, p));
  }

  /**
   * The 401 types a call of this SDK throws: its own, and those of the SDKs it lets exceptions
   * through from.
   */
  public List<String> authExceptionsThrownBy(Sdk sdk) {
    return withWrapped(sdk).flatMap(s -> s.authExceptions().stream()).toList();
  }

  /**
   * Every type whose catch or {@code throws} deals with this SDK's authentication failure: the 401
   * types it throws and their SDK supertypes.
   */
  public List<String> authExceptionTypes(Sdk sdk) {
    return withWrapped(sdk)
        .flatMap(
            s -> Stream.concat(s.authExceptions().stream(), s.authExceptionSupertypes().stream()))
        .toList();
  }

  /** The SDK and those it lets exceptions through from. */
  public Stream<Sdk> withWrapped(Sdk sdk) {
    List<String> wrapped =
        sdk.networkCalls() == null ? List.of() : sdk.networkCalls().alsoThrowsFrom();
    return Stream.concat(Stream.of(sdk), sdks.stream().filter(s -> wrapped.contains(s.id())));
  }

  /** The SDKs whose keys a client of this type takes; empty when the catalog does not say. */
  public List<String> keysTakenBy(String clientType) {
    return sdks.stream()
        .flatMap(s -> s.clientKeys().stream())
        .filter(k -> k.covers(clientType))
        .findFirst()
        .map(ClientKeys::keysOf)
        .orElse(List.of());
  }

  /**
   * Which of {@code arity} arguments holds the key when a catalogued key constructor ({@code new
   * Type}) or factory method ({@code Type.method}) is called with that many. An entry is written
   * {@code Type} (the key first, any number of arguments) or as a parameter list where {@code key}
   * marks the key and a final {@code ...} stands for any further arguments: {@code
   * org.springframework.ai.openai.api.OpenAiApi(baseUrl, key, ...)}.
   */
  public OptionalInt keyArgument(String qualifiedName, int arity, boolean constructor) {
    return sdks.stream()
        .flatMap(s -> (constructor ? s.keyConstructors() : s.keyFactories()).stream())
        .map(entry -> keyArgumentOf(entry, qualifiedName, arity))
        .filter(OptionalInt::isPresent)
        .findFirst()
        .orElse(OptionalInt.empty());
  }

  private static OptionalInt keyArgumentOf(String entry, String qualifiedName, int arity) {
    int open = entry.indexOf('(');
    if (open < 0) {
      return entry.equals(qualifiedName) && arity >= 1 ? OptionalInt.of(0) : OptionalInt.empty();
    }
    List<String> parameters =
        Stream.of(entry.substring(open + 1, entry.lastIndexOf(')')).split(","))
            .map(String::strip)
            .toList();
    boolean more = parameters.get(parameters.size() - 1).equals("...");
    int count = parameters.size() - (more ? 1 : 0);
    boolean fits = more ? arity >= count : arity == count;
    return entry.substring(0, open).equals(qualifiedName) && fits
        ? OptionalInt.of(parameters.indexOf("key"))
        : OptionalInt.empty();
  }

  /** The log sink whose receivers have this type, or whose Lombok annotation this is. */
  public Optional<LogSink> logSink(String receiverTypeOrAnnotation) {
    return logSinks.stream()
        .filter(
            l ->
                l.types().contains(receiverTypeOrAnnotation)
                    || l.lombokAnnotations().contains(receiverTypeOrAnnotation))
        .findFirst();
  }

  /** Whether some SDK's client takes this SDK's keys, i.e. it names a provider's keys. */
  public boolean isKeyProvider(String sdkId) {
    return sdks.stream()
        .flatMap(s -> s.clientKeys().stream())
        .anyMatch(k -> k.keysOf().contains(sdkId));
  }

  /**
   * The SDK that reads its key from this environment variable, system property or config property.
   */
  public Optional<Sdk> sdkReadingKey(String name) {
    return sdks.stream()
        .filter(
            s ->
                s.keyEnvVars().contains(name)
                    || s.keySystemProperties().contains(name)
                    || matchesKeyConfigProperty(s, name))
        .findFirst();
  }

  public boolean isKeySystemProperty(String name) {
    return sdks.stream().anyMatch(s -> s.keySystemProperties().contains(name));
  }

  public boolean isKeyEnvVar(String name) {
    return sdks.stream().anyMatch(s -> s.keyEnvVars().contains(name));
  }

  /**
   * Whether a Spring-style configuration property holds an SDK key. Spring binds {@code api-key},
   * {@code apiKey} and {@code api_key} alike, so names are compared without case, dashes or
   * underscores.
   */
  public boolean isKeyConfigProperty(String name) {
    return sdks.stream().anyMatch(s -> matchesKeyConfigProperty(s, name));
  }

  private static boolean matchesKeyConfigProperty(Sdk sdk, String name) {
    String relaxed = relaxedPropertyName(name);
    return sdk.keyConfigProperties().stream().anyMatch(p -> NameTests.matches(p, relaxed));
  }

  /**
   * A Spring property name as relaxed binding compares it: lower case, no dashes or underscores.
   */
  public static String relaxedPropertyName(String name) {
    return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }
}
