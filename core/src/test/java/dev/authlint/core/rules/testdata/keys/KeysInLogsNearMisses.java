package dev.authlint.core.rules.testdata.keys;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Masked keys, facts about keys, names of key variables, and values that are not keys. */
class KeysInLogsNearMisses {
  private static final Logger LOG = LoggerFactory.getLogger(KeysInLogsNearMisses.class);

  OpenAIClient masked() {
    String key = System.getenv("OPENAI_API_KEY");
    LOG.info("Using key ending in {}", key.substring(key.length() - 4));
    LOG.info("Using key {}", mask(key));
    LOG.info("Key set: {}, length {}", key != null, key.length());
    LOG.info("Key is {}", key == null ? "missing" : "set");
    return OpenAIOkHttpClient.builder().apiKey(key).build();
  }

  void variableNames() {
    if (System.getenv("OPENAI_API_KEY") == null) {
      LOG.error("OPENAI_API_KEY is not set");
      throw new IllegalStateException("Set OPENAI_API_KEY to your OpenAI key");
    }
  }

  void notKeys(String user) {
    String model = System.getenv("OPENAI_MODEL");
    LOG.info("Model {} for {}", model, user);
    System.out.println("Base URL: " + System.getenv("OPENAI_BASE_URL"));
  }

  void ownLogger(AuditLog audit) {
    audit.info(System.getenv("OPENAI_API_KEY"));
  }

  /** A project's own class with a logger's method names is not a log. */
  interface AuditLog {
    void info(String message);
  }

  private static String mask(String key) {
    return "…" + key.substring(key.length() - 4);
  }
}
