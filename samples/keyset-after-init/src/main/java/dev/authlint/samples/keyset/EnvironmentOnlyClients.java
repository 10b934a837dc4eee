package dev.authlint.samples.keyset;

import com.google.genai.Client;
import org.springframework.ai.openai.OpenAiChatModel;

/** Spring AI 2.x and Google GenAI read only environment variables, which Java cannot set. */
public final class EnvironmentOnlyClients {
  public static OpenAiChatModel springAi(String key) {
    System.setProperty("OPENAI_API_KEY", key);
    return OpenAiChatModel.builder().build();
  }

  public static Client gemini(String key) {
    System.setProperty("GEMINI_API_KEY", key);
    return new Client();
  }

  private EnvironmentOnlyClients() {}
}
