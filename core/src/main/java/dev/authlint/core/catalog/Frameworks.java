package dev.authlint.core.catalog;

import java.util.List;

/**
 * What application frameworks do. {@code toolAnnotations} mark methods an AI service calls as
 * tools: LangChain4j and Spring AI give what a tool throws back to the model as its result. {@code
 * beanAnnotations} mark methods whose result a dependency-injection container hands to whoever asks
 * for its type, {@code injectionAnnotations} fields it fills. {@code requestHandlerAnnotations}
 * mark methods that serve a web request; a failure leaving one reaches the handlers of {@code
 * adviceAnnotations} classes and of the request handler's own class ({@code
 * exceptionHandlerAnnotations}), and the {@code exceptionMappers} (JAX-RS). {@code
 * configValueAnnotations} take a string the container resolves from configuration ({@code
 * ${name:default}}). {@code dotenvTypes} are dotenv-java's, whose {@code systemProperties()} makes
 * {@code load()} copy the entries into system properties.
 */
public record Frameworks(
    List<String> toolAnnotations,
    List<String> beanAnnotations,
    List<String> injectionAnnotations,
    List<String> requestHandlerAnnotations,
    List<String> adviceAnnotations,
    List<String> exceptionHandlerAnnotations,
    List<String> exceptionMappers,
    List<String> configValueAnnotations,
    List<String> dotenvTypes,
    TestLifecycle testLifecycle,
    Async async) {
  /** Test framework annotations of methods that run before all tests, and before each. */
  public record TestLifecycle(List<String> beforeAll, List<String> beforeEach) {}

  /**
   * Futures and reactive types: {@code errorHandlers} receive the failure, {@code blocking} methods
   * wait and throw it inside one of the {@code wrappers}, {@code errorCallbacks} are a
   * subscriber's, {@code deferring} methods run the function they are given later or in another
   * thread, and {@code futureTypes} are the types a method returns its failure in.
   */
  public record Async(
      String comment,
      List<String> errorHandlers,
      List<String> blocking,
      List<String> wrappers,
      List<String> errorCallbacks,
      List<String> deferring,
      List<String> futureTypes) {}
}
