package dev.authlint.samples.keyset;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.google.genai.Client;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.credential.BearerTokenCredential;
import io.github.cdimascio.dotenv.Dotenv;
import java.io.IOException;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

/** The correct forms: nothing here is reported. */
public final class CorrectForms {
  /** Set the key first, then build the client. */
  public static OpenAIClient keyFirst(String key) {
    System.setProperty("openai.apiKey", key);
    return OpenAIOkHttpClient.fromEnv();
  }

  /** Or pass it to the builder. */
  public static AnthropicClient explicitKey() {
    Dotenv dotenv = Dotenv.configure().ignoreIfMissing().load();
    return AnthropicOkHttpClient.builder().apiKey(dotenv.get("ANTHROPIC_API_KEY")).build();
  }

  /** A supplier is asked for the key on every request, so a later key is used. */
  public static OpenAIClient rotatingKey() {
    return OpenAIOkHttpClient.builder()
        .credential(BearerTokenCredential.create(() -> System.getProperty("app.openaiKey")))
        .build();
  }

  public static OpenAiChatModel springAi(String key) {
    return OpenAiChatModel.builder()
        .options(OpenAiChatOptions.builder().apiKey(key).build())
        .build();
  }

  public static Client gemini(String key) {
    return Client.builder().apiKey(key).build();
  }

  /** A child process started from the builder does get the variable. */
  public static Process agent(String key) throws IOException {
    ProcessBuilder builder = new ProcessBuilder("python", "agent.py");
    builder.environment().put("OPENAI_API_KEY", key);
    return builder.inheritIO().start();
  }

  private CorrectForms() {}
}
