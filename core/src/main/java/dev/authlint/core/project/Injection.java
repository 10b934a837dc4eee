package dev.authlint.core.project;

import java.util.List;

/**
 * Which beans a dependency-injection container may inject where a client or model type is asked
 * for.
 */
public final class Injection {
  private Injection() {}

  /**
   * Whether a bean made as {@code made} can be injected where {@code wanted} is asked for: the same
   * type, or a model class of the same kind (chat, embedding, ...) where a model interface is
   * asked.
   */
  public static boolean injectable(String made, String wanted) {
    if (made.equals(wanted)) {
      return true;
    }
    String kind = kind(wanted);
    return !kind.isEmpty() && kind.equals(kind(made)) && isModel(made) && isModel(wanted);
  }

  private static final List<String> KINDS =
      List.of(
          "AudioTranscription", "Embedding", "Image", "Moderation", "Scoring", "Chat", "Language");

  private static String kind(String type) {
    String simpleName = type.substring(type.lastIndexOf('.') + 1);
    return KINDS.stream().filter(simpleName::contains).findFirst().orElse("");
  }

  private static boolean isModel(String type) {
    return type.endsWith("Model") || type.endsWith("Client");
  }
}
