package dev.authlint.core.rules.testdata.keyset;

import com.google.genai.Client;
import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.openai.OpenAiChatModel;

/**
 * Spring AI 2.x models and Google GenAI read only environment variables, when they are built. A Java
 * program cannot change its own environment, so a system property never reaches them.
 */
class EnvOnlyClients {
  static OpenAiChatModel springAiOpenAi(String key) {
    System.setProperty("OPENAI_API_KEY", key); // BUG: KeySetAfterClientInit "No client reads a system property named OPENAI_API_KEY"
    return OpenAiChatModel.builder().build();
  }

  static AnthropicChatModel springAiAnthropic(String key) {
    System.setProperty("ANTHROPIC_API_KEY", key); // BUG: KeySetAfterClientInit
    return AnthropicChatModel.builder().build();
  }

  static Client gemini(String key) {
    System.setProperty("GEMINI_API_KEY", key); // BUG: KeySetAfterClientInit
    return new Client();
  }

  static Client googleBuilder(String key) {
    System.setProperty("GOOGLE_API_KEY", key); // BUG: KeySetAfterClientInit
    return Client.builder().build();
  }
}
