package dev.authlint.core.rules.testdata.keyset;

import com.anthropic.backends.AnthropicBackend;
import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClientAsync;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.client.okhttp.OpenAIOkHttpClientAsync;
import com.openai.core.ClientOptions;

/** Keys set after the client that needs them was built and read its key: each is reported. */
class SetAfterBuild {
  static final String OPENAI_KEY_PROPERTY = "openai.apiKey";

  /** The seeds' setup trap, in one method. */
  static OpenAIClient sameMethod(String key) {
    OpenAIClient client = OpenAIOkHttpClient.fromEnv();
    System.setProperty("openai.apiKey", key); // BUG: KeySetAfterClientInit
    return client;
  }

  /** The builder reads the key at fromEnv(), not at build(); the name may be a constant. */
  static OpenAIClient builderFromEnv(String key) {
    OpenAIClient client = OpenAIOkHttpClient.builder().fromEnv().maxRetries(1).build();
    System.setProperty(OPENAI_KEY_PROPERTY, key); // BUG: KeySetAfterClientInit
    return client;
  }

  /** A builder held in a variable. */
  static OpenAIClient builderVariable(String key) {
    OpenAIOkHttpClient.Builder builder = OpenAIOkHttpClient.builder();
    builder.fromEnv();
    System.setProperty("openai.apiKey", key); // BUG: KeySetAfterClientInit
    return builder.build();
  }

  /** A write on one path only still counts. */
  static AnthropicClient writeOnOnePath(String key, boolean override) {
    AnthropicClient client = AnthropicOkHttpClient.fromEnv();
    if (override) {
      System.setProperty("anthropic.apiKey", key); // BUG: KeySetAfterClientInit
    }
    return client;
  }

  /** So does a client built on one path only. */
  static AnthropicClient builtOnOnePath(String token, boolean eager) {
    AnthropicClient client = null;
    if (eager) {
      client = AnthropicOkHttpClient.builder().fromEnv().build();
    }
    System.setProperty("anthropic.authToken", token); // BUG: KeySetAfterClientInit
    return client;
  }

  /** Or in the else branch. */
  static AnthropicClient builtInElse(String key, AnthropicClient cached) {
    AnthropicClient client;
    if (cached != null) {
      client = cached;
    } else {
      client = AnthropicOkHttpClient.fromEnv();
    }
    System.setProperty("anthropic.apiKey", key); // BUG: KeySetAfterClientInit
    return client;
  }

  /** Setting the key after the first request failed does not fix the client. */
  static void setWhenTheFirstCallFails(String key) {
    OpenAIClient client = OpenAIOkHttpClient.fromEnv();
    try {
      client.models().list();
    } catch (RuntimeException e) {
      System.setProperty("openai.apiKey", key); // BUG: KeySetAfterClientInit
      client.models().list();
    }
  }

  /** A catch may run after anything its try block did. */
  static void builtInTheTryBlock(String key) {
    try {
      OpenAIOkHttpClient.fromEnv().models().list();
    } catch (RuntimeException e) {
      System.setProperty("openai.apiKey", key); // BUG: KeySetAfterClientInit
    }
  }

  static void asyncClient(String key) {
    OpenAIOkHttpClientAsync.fromEnv();
    System.setProperty("openai.apiKey", key); // BUG: KeySetAfterClientInit
  }

  static void clientOptions(String key) {
    ClientOptions.builder().fromEnv();
    System.setProperty("openai.apiKey", key); // BUG: KeySetAfterClientInit
  }

  static void staticClientOptions(String key) {
    ClientOptions.fromEnv();
    System.setProperty("openai.apiKey", key); // BUG: KeySetAfterClientInit
  }

  static void anthropicClientOptions(String token) {
    com.anthropic.core.ClientOptions.builder().fromEnv();
    System.setProperty("anthropic.authToken", token); // BUG: KeySetAfterClientInit
  }

  static void anthropicBackend(String key) {
    AnthropicBackend.fromEnv();
    System.setProperty("anthropic.apiKey", key); // BUG: KeySetAfterClientInit
  }

  static void anthropicAsync(String key) {
    AnthropicOkHttpClientAsync.builder().fromEnv().build();
    System.setProperty("anthropic.apiKey", key); // BUG: KeySetAfterClientInit
  }

  /** Static initialisation runs in text order, and before main. */
  static class StaticOrder {
    static final OpenAIClient CLIENT = OpenAIOkHttpClient.fromEnv();

    static {
      System.setProperty("openai.apiKey", System.getenv("MY_OPENAI_KEY")); // BUG: KeySetAfterClientInit
    }

    public static void main(String[] args) {
      System.setProperty("openai.apiKey", args[0]); // BUG: KeySetAfterClientInit
      CLIENT.models().list();
    }
  }

  /** Instance field initialisers run before the constructor body. */
  static class InstanceOrder {
    private final AnthropicClient client = AnthropicOkHttpClient.fromEnv();

    InstanceOrder(String key) {
      System.setProperty("anthropic.apiKey", key); // BUG: KeySetAfterClientInit
    }
  }

  /** A constructor has run before any instance method is called. */
  static class ConstructorFirst {
    private final OpenAIClient client;

    ConstructorFirst() {
      client = OpenAIOkHttpClient.fromEnv();
    }

    public void useKey(String key) {
      System.setProperty("openai.apiKey", key); // BUG: KeySetAfterClientInit
    }
  }

  /** Calls to methods of the same class, in the order main makes them, followed transitively. */
  static class CallOrder {
    private static OpenAIClient client;

    public static void main(String[] args) {
      connect();
      configure(args[0]);
      client.models().list();
    }

    private static void connect() {
      client = createClient();
    }

    private static OpenAIClient createClient() {
      return OpenAIOkHttpClient.fromEnv();
    }

    private static void configure(String key) {
      System.setProperty("openai.apiKey", key); // BUG: KeySetAfterClientInit
    }
  }

  /** main creates the object, whose field initialiser builds the client, then sets the key. */
  static class NewThenSet {
    private final AnthropicClient client = AnthropicOkHttpClient.fromEnv();

    public static void main(String[] args) {
      NewThenSet app = new NewThenSet();
      System.setProperty("anthropic.apiKey", args[0]); // BUG: KeySetAfterClientInit
      app.client.models().list();
    }
  }
}
