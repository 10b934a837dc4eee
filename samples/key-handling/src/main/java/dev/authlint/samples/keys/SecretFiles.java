package dev.authlint.samples.keys;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keys from mounted secret files, and a placeholder that nothing resolves. */
public final class SecretFiles {
  private static final Path OPENAI_SECRET = Path.of("/run/secrets/openai");

  private SecretFiles() {}

  /** The file ends with a line break, and the key is sent with it. */
  public static OpenAIClient openAi() throws IOException {
    String key = Files.readString(OPENAI_SECRET);
    return OpenAIOkHttpClient.builder().apiKey(key).build();
  }

  public static OpenAIClient openAiDone() throws IOException {
    String key = Files.readString(OPENAI_SECRET).strip();
    return OpenAIOkHttpClient.builder().apiKey(key).build();
  }

  /** Spring resolves ${..} in @Value and configuration files, not in a Java string. */
  public static AnthropicClient anthropic() {
    return AnthropicOkHttpClient.builder().apiKey("${ANTHROPIC_API_KEY}").build();
  }
}
