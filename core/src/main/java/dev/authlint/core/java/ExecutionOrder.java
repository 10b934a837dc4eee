package dev.authlint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.authlint.core.catalog.Frameworks;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Walks the code of one class in the order it runs and tells each expression what may have happened
 * before it: static initialisation (field initialisers and static blocks in text order) before any
 * method, instance initialisers before the constructor body, a constructor before the instance
 * methods, JUnit 5 {@code @BeforeAll} and {@code @BeforeEach} before the tests, and calls to
 * methods and constructors of the same class followed into their bodies. Facts only accumulate
 * ("may have happened"): a branch taken on one path counts. Lambdas, anonymous and local classes
 * run at times the file does not tell, so they are not walked.
 *
 * @param <T> what a step can establish, e.g. "this client has read its key"
 */
public final class ExecutionOrder<T> {
  /** What running one expression does: the facts after it, given those that may hold before. */
  public interface Step<T> {
    Set<T> after(Node node, Set<T> before);
  }

  private static final int MAX_CALL_DEPTH = 64;

  /** Pathological files stop being walked rather than take long; the rule then finds less. */
  private static final int MAX_STEPS = 1_000_000;

  private final JavaUnit unit;
  private final TypeDeclaration<?> type;
  private final Step<T> step;
  private final Map<String, List<MethodDeclaration>> methodsByName = new HashMap<>();
  private final IdentityHashMap<CallableDeclaration<?>, Map<Set<T>, Set<T>>> calls =
      new IdentityHashMap<>();
  private final Deque<CallableDeclaration<?>> callStack = new ArrayDeque<>();

  /** Open try blocks: a catch or finally may run after any fact of its try block. */
  private final Deque<Set<T>> tryBlocks = new ArrayDeque<>();

  private int steps;

  /** Where a {@code return} and a {@code break} of the code being walked take what holds there. */
  private final class Frame {
    final Set<T> returned = new HashSet<>();
    final Deque<Set<T>> jumps = new ArrayDeque<>();
  }

  private ExecutionOrder(JavaUnit unit, TypeDeclaration<?> type, Step<T> step) {
    this.unit = unit;
    this.type = type;
    this.step = step;
    for (MethodDeclaration method : type.getMethods()) {
      methodsByName.computeIfAbsent(method.getNameAsString(), n -> new ArrayList<>()).add(method);
    }
  }

  /** Walks every way into the class's code: its initialisers, constructors and methods. */
  public static <T> void walk(JavaUnit unit, TypeDeclaration<?> type, Step<T> step) {
    new ExecutionOrder<>(unit, type, step).walkType();
  }

  private void walkType() {
    Set<T> statics = Set.of();
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (isStaticInitialiser(member)) {
        statics = initialiser(member, statics);
      }
    }
    List<ConstructorDeclaration> constructors = type.getConstructors();
    Set<T> constructed = constructors.isEmpty() ? instanceInitialisers(statics) : Set.of();
    for (ConstructorDeclaration constructor : constructors) {
      constructed = union(constructed, call(constructor, statics));
    }
    Frameworks.TestLifecycle tests = unit.catalog().frameworks().testLifecycle();
    List<MethodDeclaration> beforeAll = lifecycle(tests.beforeAll());
    List<MethodDeclaration> beforeEach = lifecycle(tests.beforeEach());
    Set<T> beforeTests = statics;
    for (MethodDeclaration method : beforeAll) {
      // An instance @BeforeAll means one test instance per class, constructed before it.
      beforeTests = union(beforeTests, call(method, method.isStatic() ? statics : constructed));
    }
    Set<T> instanceReady = union(constructed, beforeTests);
    Set<T> beforeEachTest = instanceReady;
    for (MethodDeclaration method : beforeEach) {
      beforeEachTest = union(beforeEachTest, call(method, instanceReady));
    }
    // Methods the class calls itself are walked where they are called, in that order; the others
    // can be called from outside at any time after the class, or the object, is ready.
    Set<String> calledInside = calledInside();
    for (MethodDeclaration method : type.getMethods()) {
      if (method.getBody().isPresent()
          && Stream.concat(beforeAll.stream(), beforeEach.stream()).noneMatch(m -> m == method)
          && !calledInside.contains(method.getNameAsString())) {
        call(method, method.isStatic() ? beforeTests : beforeEachTest);
      }
    }
  }

  private boolean isStaticInitialiser(BodyDeclaration<?> member) {
    boolean inInterface = type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    return (member instanceof FieldDeclaration f && (f.isStatic() || inInterface))
        || (member instanceof InitializerDeclaration i && i.isStatic());
  }

  private Set<T> instanceInitialisers(Set<T> in) {
    Set<T> state = in;
    for (BodyDeclaration<?> member : type.getMembers()) {
      if ((member instanceof FieldDeclaration || member instanceof InitializerDeclaration)
          && !isStaticInitialiser(member)) {
        state = initialiser(member, state);
      }
    }
    return state;
  }

  private Set<T> initialiser(BodyDeclaration<?> member, Set<T> in) {
    Frame frame = new Frame();
    if (member instanceof FieldDeclaration field) {
      Set<T> state = in;
      for (VariableDeclarator variable : field.getVariables()) {
        if (variable.getInitializer().isPresent()) {
          state = node(variable.getInitializer().get(), state, frame);
        }
      }
      return state;
    }
    Set<T> out = statement(((InitializerDeclaration) member).getBody(), in, frame);
    return out == null ? in : out;
  }

  private List<MethodDeclaration> lifecycle(List<String> annotations) {
    return type.getMethods().stream()
        .filter(m -> m.getBody().isPresent() && hasAnnotation(m, annotations))
        .toList();
  }

  private boolean hasAnnotation(MethodDeclaration method, List<String> qualifiedNames) {
    return method.getAnnotations().stream()
        .anyMatch(a -> qualifiedNames.contains(unit.typeNames().resolve(a.getNameAsString())));
  }

  /** Names of methods called from some other method or initialiser of the class. */
  @SuppressWarnings("unchecked") // JavaParser's findAncestor(Class<N>...) is not @SafeVarargs
  private Set<String> calledInside() {
    Set<String> names = new HashSet<>();
    for (MethodCallExpr call : type.findAll(MethodCallExpr.class)) {
      String caller =
          call.findAncestor(MethodDeclaration.class).map(m -> m.getNameAsString()).orElse("");
      if (isOwnCall(call) && !caller.equals(call.getNameAsString())) {
        names.add(call.getNameAsString());
      }
    }
    return names;
  }

  private boolean isOwnCall(MethodCallExpr call) {
    return call.getScope().isEmpty()
        || call.getScope().get() instanceof ThisExpr
        || (call.getScope().get() instanceof NameExpr n
            && n.getNameAsString().equals(type.getNameAsString()));
  }

  // ---- calls ------------------------------------------------------------------------------------

  /**
   * The facts after a method or constructor of the class runs from this state (null: it never
   * returns).
   */
  private Set<T> call(CallableDeclaration<?> callable, Set<T> in) {
    Map<Set<T>, Set<T>> known = calls.computeIfAbsent(callable, c -> new HashMap<>());
    Set<T> memo = known.get(in);
    if (memo != null || known.containsKey(in)) {
      return memo;
    }
    if (callStack.stream().anyMatch(c -> c == callable) || callStack.size() >= MAX_CALL_DEPTH) {
      return in;
    }
    callStack.push(callable);
    Frame frame = new Frame();
    Set<T> out;
    if (callable instanceof ConstructorDeclaration constructor) {
      BlockStmt body = constructor.getBody();
      boolean delegates =
          !body.getStatements().isEmpty()
              && body.getStatement(0) instanceof ExplicitConstructorInvocationStmt e
              && e.isThis();
      out = statement(body, delegates ? in : instanceInitialisers(in), frame);
    } else {
      out = ((MethodDeclaration) callable).getBody().map(b -> statement(b, in, frame)).orElse(in);
    }
    callStack.pop();
    Set<T> result =
        out == null && frame.returned.isEmpty() ? null : union(out, Set.copyOf(frame.returned));
    known.put(in, result);
    return result;
  }

  /** The one method or constructor of this class a call can mean, judged by name and arity. */
  private CallableDeclaration<?> target(String name, int arguments, boolean constructor) {
    List<? extends CallableDeclaration<?>> declared =
        constructor ? type.getConstructors() : methodsByName.getOrDefault(name, List.of());
    List<? extends CallableDeclaration<?>> candidates =
        declared.stream().filter(c -> c.getParameters().size() == arguments).toList();
    return candidates.size() == 1 ? candidates.get(0) : null;
  }

  // ---- statements -------------------------------------------------------------------------------

  /** The facts after a statement completes normally, or null if it cannot. */
  private Set<T> statement(Statement s, Set<T> in, Frame frame) {
    if (in == null || ++steps > MAX_STEPS) {
      return in;
    }
    if (s instanceof BlockStmt block) {
      Set<T> state = in;
      for (Statement inner : block.getStatements()) {
        state = statement(inner, state, frame);
        if (state == null) {
          return null;
        }
      }
      return state;
    }
    if (s instanceof IfStmt ifs) {
      Set<T> condition = node(ifs.getCondition(), in, frame);
      Set<T> then = statement(ifs.getThenStmt(), condition, frame);
      Set<T> otherwise =
          ifs.getElseStmt().isPresent()
              ? statement(ifs.getElseStmt().get(), condition, frame)
              : condition;
      return union(then, otherwise);
    }
    if (s instanceof WhileStmt loop) {
      Set<T> condition = node(loop.getCondition(), in, frame);
      Set<T> body = loopBody(loop.getBody(), condition, frame);
      return isTrue(loop.getCondition())
          ? exits(frame)
          : union(condition, union(body, exits(frame)));
    }
    if (s instanceof DoStmt loop) {
      Set<T> body = loopBody(loop.getBody(), in, frame);
      Set<T> jumps = exits(frame);
      Set<T> condition = node(loop.getCondition(), union(body, jumps), frame);
      return isTrue(loop.getCondition()) ? jumps : union(condition, jumps);
    }
    if (s instanceof ForStmt loop) {
      Set<T> state = in;
      for (Expression init : loop.getInitialization()) {
        state = node(init, state, frame);
      }
      Set<T> condition =
          loop.getCompare().isPresent() ? node(loop.getCompare().get(), state, frame) : state;
      Set<T> body = loopBody(loop.getBody(), condition, frame);
      Set<T> jumps = exits(frame);
      Set<T> update = union(body, jumps);
      for (Expression u : loop.getUpdate()) {
        update = node(u, update, frame);
      }
      return loop.getCompare().isEmpty() || isTrue(loop.getCompare().get())
          ? jumps
          : union(condition, union(update, jumps));
    }
    if (s instanceof ForEachStmt loop) {
      Set<T> iterable = node(loop.getIterable(), in, frame);
      Set<T> body = loopBody(loop.getBody(), iterable, frame);
      return union(iterable, union(body, exits(frame)));
    }
    if (s instanceof TryStmt tryStmt) {
      return tryStatement(tryStmt, in, frame);
    }
    if (s instanceof SwitchStmt switchStmt) {
      return switchStatement(switchStmt, in, frame);
    }
    if (s instanceof ReturnStmt ret) {
      Set<T> value =
          ret.getExpression().isPresent() ? node(ret.getExpression().get(), in, frame) : in;
      frame.returned.addAll(value);
      return null;
    }
    if (s instanceof ThrowStmt thrown) {
      node(thrown.getExpression(), in, frame);
      return null;
    }
    if (s instanceof BreakStmt || s instanceof ContinueStmt) {
      if (!frame.jumps.isEmpty()) {
        frame.jumps.peek().addAll(in);
      }
      return null;
    }
    if (s instanceof LabeledStmt labeled) {
      return statement(labeled.getStatement(), in, frame);
    }
    if (s instanceof LocalClassDeclarationStmt || s instanceof LocalRecordDeclarationStmt) {
      return in;
    }
    if (s instanceof ExplicitConstructorInvocationStmt invocation) {
      Set<T> state = in;
      for (Expression argument : invocation.getArguments()) {
        state = node(argument, state, frame);
      }
      CallableDeclaration<?> target =
          invocation.isThis() ? target("", invocation.getArguments().size(), true) : null;
      return target == null ? state : call(target, state);
    }
    return children(s, in, frame);
  }

  private Set<T> loopBody(Statement body, Set<T> in, Frame frame) {
    frame.jumps.push(new HashSet<>());
    return statement(body, in, frame);
  }

  /**
   * What the {@code break}s and {@code continue}s of the loop or switch just walked carried out.
   */
  private Set<T> exits(Frame frame) {
    Set<T> jumps = frame.jumps.pop();
    return jumps.isEmpty() ? null : Set.copyOf(jumps);
  }

  private Set<T> tryStatement(TryStmt tryStmt, Set<T> in, Frame frame) {
    Set<T> state = in;
    for (Expression resource : tryStmt.getResources()) {
      state = node(resource, state, frame);
    }
    Set<T> seen = new HashSet<>(state);
    tryBlocks.push(seen);
    Set<T> out = statement(tryStmt.getTryBlock(), state, frame);
    tryBlocks.pop();
    Set<T> handlerIn = Set.copyOf(seen);
    for (CatchClause clause : tryStmt.getCatchClauses()) {
      out = union(out, statement(clause.getBody(), handlerIn, frame));
    }
    if (tryStmt.getFinallyBlock().isEmpty()) {
      return out;
    }
    Set<T> afterFinally = statement(tryStmt.getFinallyBlock().get(), union(handlerIn, out), frame);
    return out == null ? null : afterFinally;
  }

  private Set<T> switchStatement(SwitchStmt switchStmt, Set<T> in, Frame frame) {
    Set<T> selector = node(switchStmt.getSelector(), in, frame);
    frame.jumps.push(new HashSet<>());
    Set<T> out = null;
    Set<T> fallingThrough = null;
    boolean hasDefault = false;
    for (SwitchEntry entry : switchStmt.getEntries()) {
      hasDefault |= entry.isDefault();
      boolean fallsThrough = entry.getType() == SwitchEntry.Type.STATEMENT_GROUP;
      Set<T> state = fallsThrough ? union(selector, fallingThrough) : selector;
      for (Statement inner : entry.getStatements()) {
        state = statement(inner, state, frame);
        if (state == null) {
          break;
        }
      }
      if (fallsThrough) {
        fallingThrough = state;
      } else {
        out = union(out, state);
      }
    }
    out = union(out, union(fallingThrough, exits(frame)));
    return hasDefault ? out : union(out, selector);
  }

  // ---- expressions ------------------------------------------------------------------------------

  /** Runs a node's parts in evaluation order (left to right, operands before the operation). */
  private Set<T> node(Node n, Set<T> in, Frame frame) {
    if (in == null || ++steps > MAX_STEPS) {
      return in;
    }
    if (n instanceof Statement s) {
      Set<T> out = statement(s, in, frame);
      return out == null ? in : out;
    }
    if (n instanceof LambdaExpr
        || n instanceof MethodReferenceExpr
        || n instanceof BodyDeclaration) {
      return in;
    }
    Set<T> state;
    if (n instanceof ObjectCreationExpr creation) {
      state = in;
      for (Expression argument : creation.getArguments()) {
        state = node(argument, state, frame);
      }
    } else {
      state = children(n, in, frame);
    }
    state = after(n, state);
    CallableDeclaration<?> target = null;
    if (n instanceof MethodCallExpr call && isOwnCall(call)) {
      target = target(call.getNameAsString(), call.getArguments().size(), false);
    } else if (n instanceof ObjectCreationExpr creation
        && creation.getAnonymousClassBody().isEmpty()
        && type.getFullyQualifiedName()
            .filter(fqn -> fqn.equals(unit.resolve(creation.getType())))
            .isPresent()) {
      target = target("", creation.getArguments().size(), true);
      if (target == null && type.getConstructors().isEmpty()) {
        return seen(instanceInitialisers(state));
      }
    }
    if (target != null) {
      Set<T> out = call(target, state);
      return out == null ? state : seen(out);
    }
    return state;
  }

  private Set<T> children(Node n, Set<T> in, Frame frame) {
    List<Node> children = new ArrayList<>(n.getChildNodes());
    children.sort(
        Comparator.comparing(
            c -> c.getBegin().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder())));
    Set<T> state = in;
    for (Node child : children) {
      state = node(child, state, frame);
    }
    return state;
  }

  private Set<T> after(Node n, Set<T> before) {
    Set<T> after = step.after(n, before);
    return after == before ? after : seen(after);
  }

  private Set<T> seen(Set<T> facts) {
    for (Set<T> seen : tryBlocks) {
      seen.addAll(facts);
    }
    return facts;
  }

  private static boolean isTrue(Expression condition) {
    return condition instanceof BooleanLiteralExpr b && b.getValue();
  }

  /** Either may hold; null is "cannot get here". */
  private static <T> Set<T> union(Set<T> a, Set<T> b) {
    if (a == null) {
      return b;
    }
    if (b == null || a.containsAll(b)) {
      return a;
    }
    Set<T> both = new LinkedHashSet<>(a);
    both.addAll(b);
    return Set.copyOf(both);
  }
}
