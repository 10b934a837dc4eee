package dev.authlint.core.rules.testdata.keyset;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** JUnit 5 runs static fields before @BeforeAll and instance fields before @BeforeEach. */
class LifecycleInput {
  static class FieldsBeforeSetUp {
    static final AnthropicClient SHARED = AnthropicOkHttpClient.fromEnv();
    private final OpenAIClient client = OpenAIOkHttpClient.fromEnv();

    @BeforeAll
    static void keys() {
      System.setProperty("anthropic.apiKey", "test-key"); // BUG: KeySetAfterClientInit "built the client and read its key, so the client never sends this value and its requests fail with 401 Unauthorized. Set the property before line"
    }

    @BeforeEach
    void key() {
      System.setProperty("openai.apiKey", "test-key"); // BUG: KeySetAfterClientInit
    }

    @Test
    void listsModels() {
      client.models().list();
      SHARED.models().list();
    }
  }

  /** With one instance per class, instance fields are initialised before @BeforeAll too. */
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class OneInstancePerClass {
    private final OpenAIClient client = OpenAIOkHttpClient.fromEnv();

    @BeforeAll
    void key() {
      System.setProperty("openai.apiKey", "test-key"); // BUG: KeySetAfterClientInit
    }
  }

  /** @BeforeEach runs before each test. */
  static class SetUpBeforeTests {
    private OpenAIClient client;

    @BeforeEach
    void setUp() {
      client = OpenAIOkHttpClient.fromEnv();
    }

    @Test
    void listsModels() {
      System.setProperty("openai.apiKey", "test-key"); // BUG: KeySetAfterClientInit
      client.models().list();
    }
  }

  /** The correct order: keys in @BeforeAll, clients in @BeforeEach or in the test. */
  static class CorrectOrder {
    private OpenAIClient client;

    @BeforeAll
    static void keys() {
      System.setProperty("openai.apiKey", "test-key");
      System.setProperty("anthropic.apiKey", "test-key");
    }

    @BeforeEach
    void setUp() {
      client = OpenAIOkHttpClient.fromEnv();
    }

    @Test
    void listsModels() {
      client.models().list();
      AnthropicOkHttpClient.fromEnv().models().list();
    }
  }
}
