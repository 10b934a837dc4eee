package dev.authlint.samples.keyset;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JUnit 5 initialises static fields before @BeforeAll and instance fields before @BeforeEach. */
class AssistantLifecycleTest {
  private static final AnthropicClient ANTHROPIC = AnthropicOkHttpClient.fromEnv();
  private final OpenAIClient openAi = OpenAIOkHttpClient.fromEnv();

  @BeforeAll
  static void anthropicKey() {
    System.setProperty("anthropic.apiKey", System.getenv("TEST_ANTHROPIC_KEY"));
  }

  @BeforeEach
  void openAiKey() {
    System.setProperty("openai.apiKey", System.getenv("TEST_OPENAI_KEY"));
  }

  @Test
  void listsModels() {
    openAi.models().list();
    ANTHROPIC.models().list();
  }
}
