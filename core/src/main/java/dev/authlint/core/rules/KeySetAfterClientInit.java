package dev.authlint.core.rules;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.authlint.core.FileReport;
import dev.authlint.core.Level;
import dev.authlint.core.RuleDescriptor;
import dev.authlint.core.RuleDescriptor.TestCode;
import dev.authlint.core.SourceFile;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.engine.Prefilter;
import dev.authlint.core.java.ClientOrigins;
import dev.authlint.core.java.ExecutionOrder;
import dev.authlint.core.java.JavaUnit;
import dev.authlint.core.java.SdkCalls;
import dev.authlint.core.project.FileSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A key written where or when the client that needs it can no longer see it: a system property set
 * after the client read its key, a system property named like an environment variable,
 * dotenv-java's {@code systemProperties()}, and the environment of a {@code ProcessBuilder} that
 * starts nothing.
 */
public final class KeySetAfterClientInit extends AbstractRule {
  public static final String ID = "KeySetAfterClientInit";

  private static final List<String> WRITE_MARKERS =
      List.of("setProperty", "systemProperties", "environment()");

  private static final Comparator<Reader> BY_POSITION =
      Comparator.comparingInt(Reader::line).thenComparingInt(Reader::column);

  private final Catalog catalog;

  /**
   * The names of the reading calls ({@code fromEnv}, {@code build}), to skip other calls cheaply.
   */
  private final Set<String> readerMethods;

  public KeySetAfterClientInit(Catalog catalog) {
    super(
        new RuleDescriptor(
            ID,
            Level.ERROR,
            "An API key is written where or when the client that needs it can no longer read it.",
            "The SDKs read their key from system properties or environment variables once, when the"
                + " client is built (OpenAIOkHttpClient.fromEnv(), AnthropicOkHttpClient.fromEnv(),"
                + " a Spring AI 2.x model's build(), new Client() of Google GenAI). A key set"
                + " afterwards is never sent, and the first request fails with 401 Unauthorized. So"
                + " does a key written where the client never looks: a system property named like"
                + " the environment variable (dotenv-java's systemProperties() does this), or the"
                + " environment of a ProcessBuilder, which Java never applies to its own process."
                + " Set the key before the client is built, or pass it to the builder explicitly.",
            TestCode.REPORTED));
    this.catalog = catalog;
    this.readerMethods = new HashSet<>();
    for (Catalog.Sdk sdk : catalog.sdks()) {
      for (Catalog.KeyReader reader : sdk.keyReaders()) {
        for (String call : reader.calls()) {
          if (!call.startsWith("new ")) {
            readerMethods.add(call.substring(call.lastIndexOf('.') + 1));
          }
        }
      }
    }
  }

  /** A client built at this place, which read its key there from these names. */
  record Reader(
      String client,
      int line,
      int column,
      List<String> systemProperties,
      List<String> envVars,
      String keyMethod) {}

  @Override
  public boolean needsParse(SourceFile file) {
    String text = file.text();
    return Prefilter.mentionsSdk(text, catalog) && WRITE_MARKERS.stream().anyMatch(text::contains);
  }

  @Override
  public void check(JavaUnit unit, FileReport report) {
    reportWritesAfterInjection(unit, report);
    Map<Node, Reader> readers = readers(unit);
    if (readers.isEmpty()) {
      return;
    }
    Collection<Reader> all = readers.values();
    IdentityHashMap<Node, String> propertyWrites = new IdentityHashMap<>();
    for (MethodCallExpr call : unit.cu().findAll(MethodCallExpr.class)) {
      KeyWrites.systemPropertySet(unit, call).ifPresent(name -> propertyWrites.put(call, name));
    }
    Set<String> propertiesSet = new HashSet<>(propertyWrites.values());
    for (MethodCallExpr call : unit.cu().findAll(MethodCallExpr.class)) {
      reportNeverRead(unit, report, call, propertyWrites.get(call), all, propertiesSet);
    }
    Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (TypeDeclaration<?> type : unit.cu().findAll(TypeDeclaration.class)) {
      ExecutionOrder.<Reader>walk(
          unit,
          type,
          (node, before) -> step(report, readers, propertyWrites, reported, node, before));
    }
  }

  /** One step in execution order: a client reads its key, or a property is set after one did. */
  private Set<Reader> step(
      FileReport report,
      Map<Node, Reader> readers,
      Map<Node, String> propertyWrites,
      Set<Node> reported,
      Node node,
      Set<Reader> before) {
    Reader built = readers.get(node);
    if (built != null) {
      return built.systemProperties().isEmpty() ? before : latest(before, built);
    }
    String property = before.isEmpty() ? null : propertyWrites.get(node);
    if (property != null && !reported.contains(node)) {
      Optional<Reader> reader = closest(node, before, r -> r.systemProperties().contains(property));
      if (reader.isPresent()) {
        reported.add(node);
        report.add(this, Level.ERROR, node, KeySetMessages.setAfterMessage(property, reader.get()));
      }
    }
    return before;
  }

  // ---- where clients read their key ---------------------------------------------------------

  private Map<Node, Reader> readers(JavaUnit unit) {
    IdentityHashMap<Node, Reader> readers = new IdentityHashMap<>();
    for (MethodCallExpr call : unit.cu().findAll(MethodCallExpr.class)) {
      if (call.getScope().isEmpty() || !readerMethods.contains(call.getNameAsString())) {
        continue;
      }
      Optional<String> root = unit.rootType(call);
      if (root.isPresent()) {
        String client = simpleTypeName(root.get()) + "." + call.getNameAsString() + "()";
        reader(root.get() + "." + call.getNameAsString(), client, call)
            .filter(r -> !hasExplicitKey(unit, call, r.sdk()))
            .ifPresent(r -> readers.put(call, r.reader()));
      }
    }
    for (ObjectCreationExpr creation : unit.cu().findAll(ObjectCreationExpr.class)) {
      String type = unit.resolve(creation.getType());
      if (creation.getAnonymousClassBody().isEmpty()) {
        String client = "new " + simpleTypeName(type) + "()";
        reader("new " + type, client, creation).ifPresent(r -> readers.put(creation, r.reader()));
      }
    }
    return readers;
  }

  private record Match(Catalog.Sdk sdk, Reader reader) {}

  private Optional<Match> reader(String qualifiedCall, String client, Node node) {
    for (Catalog.Sdk sdk : catalog.sdks()) {
      for (Catalog.KeyReader kr : sdk.keyReaders()) {
        if (kr.calls().contains(qualifiedCall)) {
          int line = node.getBegin().map(p -> p.line).orElse(0);
          int column = node.getBegin().map(p -> p.column).orElse(0);
          String keyMethod = sdk.keyMethods().isEmpty() ? "apiKey" : sdk.keyMethods().get(0);
          return Optional.of(
              new Match(
                  sdk,
                  new Reader(
                      client, line, column, kr.systemProperties(), kr.envVars(), keyMethod)));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the builder chain around the call is also given a key or credentials, directly or
   * through a variable (Spring AI's {@code options(opts)}): then the key read from the environment
   * is unused.
   */
  private static boolean hasExplicitKey(JavaUnit unit, MethodCallExpr call, Catalog.Sdk sdk) {
    Set<String> names = new HashSet<>(sdk.keyMethods());
    names.addAll(sdk.credentialMethods());
    Predicate<Node> givesKey =
        n ->
            n.findAll(MethodCallExpr.class).stream()
                .anyMatch(c -> names.contains(c.getNameAsString()));
    Expression top = call;
    while (top.getParentNode().orElse(null) instanceof MethodCallExpr parent
        && parent.getScope().orElse(null) == top) {
      top = parent;
    }
    if (givesKey.test(top)) {
      return true;
    }
    return top.findAll(NameExpr.class).stream()
        .map(unit::declarationOf)
        .flatMap(Optional::stream)
        .flatMap(d -> d.initializer().stream())
        .anyMatch(givesKey);
  }

  // ---- framework configuration written after the container built its beans ---------------------

  /**
   * A key property of a framework's auto-configuration ({@code spring.ai.openai.api-key}) written
   * while the object runs: its class was given a client or model the container built at startup
   * from that property, so the write comes too late for it. Writing it in {@code main} before the
   * application starts is in time.
   */
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private void reportWritesAfterInjection(JavaUnit unit, FileReport report) {
    SdkCalls calls = SdkCalls.in(unit);
    for (MethodCallExpr call : unit.cu().findAll(MethodCallExpr.class)) {
      // A framework's property; one an SDK reads itself (openai.apiKey) is judged by the walk
      // below.
      Optional<String> property =
          KeyWrites.systemPropertySet(unit, call)
              .filter(p -> catalog.isKeyConfigProperty(p) && !catalog.isKeySystemProperty(p));
      Optional<TypeDeclaration<?>> type =
          call.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
      if (property.isEmpty() || type.isEmpty() || inMain(call)) {
        continue;
      }
      Optional<String> injected = injectedClient(unit, calls, type.get());
      injected.ifPresent(
          client ->
              report.add(
                  this,
                  Level.ERROR,
                  call,
                  property.get()
                      + " is set here, while this object runs, but the framework read it when it built the "
                      + client
                      + " this class is given, at startup: the client never sees this key. Set the"
                      + " property before the application starts (configuration, environment, or main before it"
                      + " runs), or build the client with the key."));
    }
  }

  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private static boolean inMain(Node node) {
    return node.findAncestor(MethodDeclaration.class)
        .filter(m -> m.isStatic() && m.getNameAsString().equals("main"))
        .isPresent();
  }

  /**
   * The type of a client or model the class is given by the container: a field or constructor
   * parameter of a client type whose value is made nowhere in the file.
   */
  private static Optional<String> injectedClient(
      JavaUnit unit, SdkCalls calls, TypeDeclaration<?> type) {
    ClientOrigins origins = new ClientOrigins(unit);
    List<JavaUnit.Declaration> declarations = new ArrayList<>();
    for (FieldDeclaration field : type.getFields()) {
      for (VariableDeclarator variable : field.getVariables()) {
        declarations.add(
            new JavaUnit.Declaration(
                variable, variable.getType(), variable.getInitializer(), field.isFinal()));
      }
    }
    for (ConstructorDeclaration constructor : type.getConstructors()) {
      for (Parameter parameter : constructor.getParameters()) {
        declarations.add(
            new JavaUnit.Declaration(
                parameter, parameter.getType(), Optional.empty(), parameter.isFinal()));
      }
    }
    return declarations.stream()
        .filter(d -> calls.clientOf(d).isPresent())
        .filter(
            d -> {
              ClientOrigins.Origins made = origins.of(d);
              return made.providers().isEmpty()
                  && made.unseenParts().stream()
                      .allMatch(u -> u.kind() == FileSummary.Unseen.Kind.INJECTED);
            })
        .map(d -> d.type().asString())
        .findFirst();
  }

  // ---- writes -------------------------------------------------------------------------------

  private void reportNeverRead(
      JavaUnit unit,
      FileReport report,
      MethodCallExpr call,
      String property,
      Collection<Reader> readers,
      Set<String> propertiesSet) {
    // A file that also sets the property the client does read does not rely on these for the key.
    if (property != null) {
      if (readers.stream().noneMatch(r -> r.systemProperties().contains(property))) {
        nearest(call, readers, r -> readsOnlyElsewhere(r, property, propertiesSet))
            .ifPresent(
                r ->
                    report.add(
                        this,
                        Level.ERROR,
                        call,
                        KeySetMessages.propertyNamedLikeEnvMessage(property, r)));
      }
      return;
    }
    Optional<String> variable = KeyWrites.unstartedEnvironmentPut(unit, call);
    if (variable.isPresent()) {
      nearest(call, readers, r -> readsOnlyElsewhere(r, variable.get(), propertiesSet))
          .ifPresent(
              r ->
                  report.add(
                      this,
                      Level.ERROR,
                      call,
                      KeySetMessages.processEnvironmentMessage(variable.get(), r)));
      return;
    }
    if (KeyWrites.loadsIntoSystemProperties(unit, call)) {
      nearest(
              call,
              readers,
              r ->
                  !r.envVars().isEmpty()
                      && r.systemProperties().stream().noneMatch(propertiesSet::contains))
          .ifPresent(r -> report.add(this, Level.ERROR, call, KeySetMessages.dotenvMessage(r)));
    }
  }

  /** Whether the client reads this variable and the file does not set the property for it. */
  private static boolean readsOnlyElsewhere(Reader r, String variable, Set<String> propertiesSet) {
    return r.envVars().contains(variable)
        && KeySetMessages.propertyFor(r, variable).filter(propertiesSet::contains).isEmpty();
  }

  // ---- helpers ------------------------------------------------------------------------------

  /**
   * {@code com.openai.client.okhttp.OpenAIOkHttpClient.Builder} is shown as {@code
   * OpenAIOkHttpClient.Builder}.
   */
  private static String simpleTypeName(String qualified) {
    String[] parts = qualified.split("\\.");
    int first = parts.length - 1;
    while (first > 0
        && !parts[first - 1].isEmpty()
        && Character.isUpperCase(parts[first - 1].charAt(0))) {
      first--;
    }
    return String.join(".", List.of(parts).subList(first, parts.length));
  }

  /**
   * The first reader that meets the condition, preferring those in the method around the write:
   * they are the ones to name.
   */
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private static Optional<Reader> nearest(
      Node write, Collection<Reader> readers, Predicate<Reader> condition) {
    List<Reader> matching = readers.stream().filter(condition).toList();
    Optional<Range> method = write.findAncestor(CallableDeclaration.class).flatMap(Node::getRange);
    List<Reader> near =
        matching.stream()
            .filter(
                r ->
                    method
                        .filter(m -> m.begin.line <= r.line() && r.line() <= m.end.line)
                        .isPresent())
            .toList();
    return first(near.isEmpty() ? matching : near, r -> true);
  }

  /**
   * Of the clients that may have been built before the write, the one to name: the closest in the
   * text.
   */
  private static Optional<Reader> closest(
      Node write, Collection<Reader> readers, Predicate<Reader> condition) {
    int line = write.getBegin().map(p -> p.line).orElse(0);
    return readers.stream()
        .filter(condition)
        .min(
            Comparator.<Reader>comparingInt(r -> Math.abs(r.line() - line))
                .thenComparing(BY_POSITION));
  }

  private static Optional<Reader> first(Collection<Reader> readers, Predicate<Reader> condition) {
    return readers.stream().filter(condition).min(BY_POSITION);
  }

  /**
   * The facts with this client as the latest to have read these properties. One client per set of
   * properties is all a message needs, and it keeps the states the walk tells apart few.
   */
  private static Set<Reader> latest(Set<Reader> facts, Reader reader) {
    if (facts.contains(reader)) {
      return facts;
    }
    Set<Reader> more = new LinkedHashSet<>();
    for (Reader r : facts) {
      if (!r.systemProperties().equals(reader.systemProperties())) {
        more.add(r);
      }
    }
    more.add(reader);
    return Set.copyOf(more);
  }
}
