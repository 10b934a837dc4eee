package dev.authlint.core.rules.testdata.keys;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.langchain4j.model.openai.OpenAiChatModel;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.logging.log4j.LogManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/** Key values that reach a logger, standard output or an exception message unmasked. */
class KeysInLogs {
  private static final Logger LOG = LoggerFactory.getLogger(KeysInLogs.class);
  private static final org.apache.logging.log4j.Logger LOG4J = LogManager.getLogger(KeysInLogs.class);
  private static final java.util.logging.Logger JUL =
      java.util.logging.Logger.getLogger(KeysInLogs.class.getName());
  private static final org.jboss.logging.Logger JBOSS = org.jboss.logging.Logger.getLogger(KeysInLogs.class);
  private static final Log COMMONS = LogFactory.getLog(KeysInLogs.class);

  @Value("${spring.ai.openai.api-key}")
  private String springKey;

  private final String keyField;

  KeysInLogs(String key) {
    JUL.fine("key parameter " + key); // BUG: ApiKeyInLog "is written unmasked to fine(..) of java.util.logging. Log whether it is set, or its last four characters at most."
    this.keyField = key;
  }

  OpenAIClient slf4jPlaceholderArgument() {
    String key = System.getenv("OPENAI_API_KEY");
    LOG.info("Using OpenAI key {}", key); // BUG: ApiKeyInLog
    return OpenAIOkHttpClient.builder().apiKey(key).build();
  }

  /** The variable's name is the project's own, but this file gives what it holds to a client as the key. */
  OpenAIClient ownVariableNameGivenToAClient() {
    LOG.info("OPENAI_KEY: {}", System.getenv("OPENAI_KEY")); // BUG: ApiKeyInLog "written unmasked"
    LOG.info("OPENAI_ORG: {}", System.getenv("OPENAI_ORG"));
    return OpenAIOkHttpClient.builder().apiKey(System.getenv("OPENAI_KEY")).build();
  }

  void log4jConcatenation() {
    LOG4J.debug("key=" + System.getenv("ANTHROPIC_API_KEY")); // BUG: ApiKeyInLog
  }

  void julFormat() {
    JUL.info(String.format("OpenAI key: %s", System.getProperty("openai.apiKey"))); // BUG: ApiKeyInLog
  }

  void jboss() {
    JBOSS.debugf("Spring AI key %s", springKey); // BUG: ApiKeyInLog
  }

  void commons() {
    COMMONS.warn("key " + springKey.strip()); // BUG: ApiKeyInLog
  }

  AnthropicClient parameterPassedToAClient(String apiKey) {
    System.out.println("Connecting with " + apiKey); // BUG: ApiKeyInLog
    String trimmed = apiKey.trim();
    LOG.debug("trimmed key {}", trimmed); // BUG: ApiKeyInLog
    return AnthropicOkHttpClient.builder().apiKey(apiKey).build();
  }

  OpenAIClient fieldSetInTheConstructor() {
    LOG.trace("key field {}", keyField); // BUG: ApiKeyInLog
    return OpenAIOkHttpClient.builder().apiKey(keyField.strip()).build();
  }

  OpenAiChatModel exceptionMessage(String token) {
    if (token.length() < 20) {
      throw new IllegalArgumentException("Invalid API key: " + token); // BUG: ApiKeyInLog
    }
    return OpenAiChatModel.builder().apiKey(token).build();
  }

  void standardError() {
    System.err.printf("key=%s%n", System.getenv("OPENAI_API_KEY")); // BUG: ApiKeyInLog
  }
}
