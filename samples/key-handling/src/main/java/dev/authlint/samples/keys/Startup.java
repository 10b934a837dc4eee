package dev.authlint.samples.keys;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Start-up logging: the key itself, and what is safe to log about it. */
public final class Startup {
  private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

  private Startup() {}

  public static OpenAIClient connect() {
    String key = System.getenv("OPENAI_API_KEY");
    if (key == null || key.isBlank()) {
      throw new IllegalStateException("Set OPENAI_API_KEY to your OpenAI API key");
    }
    LOG.info("Connecting to OpenAI with key {}", key);
    LOG.info("OpenAI key ends in {}", key.substring(key.length() - 4));
    return OpenAIOkHttpClient.builder().apiKey(key).build();
  }
}
