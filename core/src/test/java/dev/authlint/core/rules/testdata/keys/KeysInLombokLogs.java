package dev.authlint.core.rules.testdata.keys;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import lombok.extern.apachecommons.CommonsLog;
import lombok.extern.java.Log;
import lombok.extern.log4j.Log4j2;
import lombok.extern.slf4j.Slf4j;

/** Loggers declared by Lombok's annotations: the log field has no declaration in the source. */
@Slf4j
class KeysInLombokLogs {
  OpenAIClient client() {
    String key = System.getenv("OPENAI_API_KEY");
    log.debug("OpenAI key: {}", key); // BUG: ApiKeyInLog
    log.info("OpenAI key set: {}", key != null);
    return OpenAIOkHttpClient.builder().apiKey(key).build();
  }

  @Log4j2
  static class WithLog4j {
    void print() {
      log.info("key " + System.getenv("ANTHROPIC_API_KEY")); // BUG: ApiKeyInLog
    }
  }

  @Log
  static class WithJul {
    void print() {
      log.warning("key " + System.getProperty("openai.apiKey")); // BUG: ApiKeyInLog
    }
  }

  @CommonsLog
  static class WithCommons {
    void print() {
      log.error(System.getenv("OPENAI_API_KEY")); // BUG: ApiKeyInLog
    }
  }

  /** No Lombok annotation: a log of the project's own. */
  static class OwnLog {
    private final Journal log = new Journal();

    void print() {
      log.info(System.getenv("OPENAI_API_KEY"));
    }
  }

  static class Journal {
    void info(String line) {}
  }
}
