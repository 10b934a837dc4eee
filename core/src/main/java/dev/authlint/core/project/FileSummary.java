package dev.authlint.core.project;

import java.util.List;

/**
 * What one Java file tells the rest of the project, read from the file alone: the types it
 * declares, their supertypes, fields and methods, where each method's calls go and what is caught
 * around them, and where its model and client values come from. Small, with no syntax tree in it,
 * so that a project's summaries fit in memory and can be cached per file.
 *
 * @param path the file as reports show it
 * @param types the types it declares, nested ones included
 * @param aiServices AI services the file builds ({@code AiServices.create(Assistant.class,
 *     model)}): the interface and where the model comes from
 * @param onDemandImports the packages it imports on demand ({@code import app.service.*;}): a type
 *     name the file alone resolves to its own package may be one of theirs
 */
public record FileSummary(
    String path,
    List<TypeSummary> types,
    List<AiServiceBuilt> aiServices,
    List<String> onDemandImports) {

  /**
   * A declared type. {@code annotations} are qualified; {@code aiService} names the SDK whose
   * framework makes an implementation of this interface ({@code @AiService},
   * {@code @RegisterAiService}).
   */
  public record TypeSummary(
      String name,
      boolean isInterface,
      List<String> supertypes,
      List<String> annotations,
      List<FieldSummary> fields,
      List<MethodSummary> methods,
      String aiService) {}

  /**
   * A field: its declared type, the SDK whose client, model or service it holds (null: none or
   * unknown), whether that is an AI service, and where its value comes from.
   */
  public record FieldSummary(String name, String type, ValueSummary value) {}

  /**
   * A method or constructor ({@code <init>}): its signature, annotations, the types it declares in
   * {@code throws}, what it returns when that is a client or model, its calls, the exception types
   * it handles as an exception handler, the SDKs (by id) it sends authenticated requests to ({@code
   * sends}), and those whose authentication failure it catches and keeps ({@code swallows}).
   */
  public record MethodSummary(
      String name,
      int arity,
      List<String> parameterTypes,
      String returnType,
      List<String> annotations,
      boolean isPublic,
      List<String> throwsTypes,
      ValueSummary returns,
      List<CallSite> calls,
      List<String> handles,
      List<String> sends,
      List<String> swallows) {}

  /**
   * A call written in a method: the method called, the type of what it is called on ({@code ""} for
   * an unqualified or {@code this.} call, null where the file does not show it), the exception
   * types caught around it within the method, and whether it runs later (in a lambda handed to an
   * executor or a future) rather than during the method.
   */
  public record CallSite(
      String name,
      int arity,
      String receiverType,
      List<String> caught,
      boolean deferred,
      int line) {}

  /**
   * Where a client, model or AI service value comes from, as far as its file shows: the SDK whose
   * client it is (null: not one), whether it is an AI service, the providers seen, and what is out
   * of sight.
   */
  public record ValueSummary(
      String sdk, boolean aiService, List<String> providers, List<Unseen> unseen) {
    public static final ValueSummary NONE = new ValueSummary(null, false, List.of(), List.of());
  }

  /**
   * A part of a value's origin that another file may show: a bean of a type injected by the
   * container ({@code kind} INJECTED), an inherited field ({@code FIELD}: owner type and name),
   * another class's method result ({@code RESULT}: owner type, name), or nothing any file can tell
   * ({@code UNKNOWN}).
   */
  public record Unseen(Kind kind, String type, String name) {
    public enum Kind {
      INJECTED,
      FIELD,
      RESULT,
      UNKNOWN
    }

    public static final Unseen UNKNOWN = new Unseen(Kind.UNKNOWN, "", "");
  }

  /** An AI service interface built in this file over a model whose origin is {@code model}. */
  public record AiServiceBuilt(String type, String sdk, ValueSummary model) {}
}
