package dev.authlint.core.rules.testdata.keyset;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import java.util.List;

/** Keys set before the client reads them, and orders the file cannot know: nothing is reported. */
class NearMisses {
  /** The seeds' fix: set the key first. */
  static OpenAIClient keyFirst(String key) {
    System.setProperty("openai.apiKey", key);
    return OpenAIOkHttpClient.fromEnv();
  }

  /** A client of another SDK reads other names. */
  static AnthropicClient otherProvider(String key) {
    AnthropicClient client = AnthropicOkHttpClient.fromEnv();
    System.setProperty("openai.apiKey", key);
    return client;
  }

  /** The client is built on a path that leaves before the write. */
  static OpenAIClient earlyReturn(String key, boolean configured) {
    if (configured) {
      return OpenAIOkHttpClient.fromEnv();
    }
    System.setProperty("openai.apiKey", key);
    return null;
  }

  /** Exclusive branches. */
  static void eitherOr(String key, boolean build) {
    if (build) {
      OpenAIOkHttpClient.fromEnv();
    } else {
      System.setProperty("openai.apiKey", key);
    }
  }

  /** Each turn sets the key before it builds the client. */
  static void eachTurn(List<String> keys) {
    for (String key : keys) {
      System.setProperty("openai.apiKey", key);
      OpenAIOkHttpClient.fromEnv().models().list();
    }
  }

  /** A lambda runs at a time the file does not tell. */
  static Runnable later(String key) {
    OpenAIClient client = OpenAIOkHttpClient.fromEnv();
    return () -> System.setProperty("openai.apiKey", key);
  }

  /** Suppressed on the line and on the declaration. */
  static void suppressedOnTheLine(String key) {
    OpenAIOkHttpClient.fromEnv();
    System.setProperty("openai.apiKey", key); // authlint:ignore KeySetAfterClientInit
  }

  @SuppressWarnings("authlint:KeySetAfterClientInit")
  static void suppressedOnTheMethod(String key) {
    OpenAIOkHttpClient.fromEnv();
    System.setProperty("openai.apiKey", key);
  }

  /** A static block before the field initialiser, in text order. */
  static class StaticOrder {
    static {
      System.setProperty("openai.apiKey", System.getenv("MY_OPENAI_KEY"));
    }

    static final OpenAIClient CLIENT = OpenAIOkHttpClient.fromEnv();
  }

  /** A method called before the one that builds the client. */
  static class CallOrder {
    private static OpenAIClient client;

    public static void main(String[] args) {
      configure(args[0]);
      connect();
      client.models().list();
    }

    private static void configure(String key) {
      System.setProperty("openai.apiKey", key);
    }

    private static void connect() {
      client = OpenAIOkHttpClient.fromEnv();
    }
  }

  /** The constructor sets the key before it builds the client. */
  static class ConstructorOrder {
    private final AnthropicClient client;

    ConstructorOrder(String key) {
      System.setProperty("anthropic.apiKey", key);
      client = AnthropicOkHttpClient.fromEnv();
    }
  }

  /** A helper the constructor calls before it builds the client runs only there. */
  static class HelperBeforeBuild {
    private final OpenAIClient client;

    HelperBeforeBuild(String key) {
      useKey(key);
      client = OpenAIOkHttpClient.fromEnv();
    }

    private void useKey(String key) {
      System.setProperty("openai.apiKey", key);
    }
  }

  /** Lazily built: the first call to client() comes after the key is set. */
  static class Lazy {
    private static OpenAIClient client;

    static OpenAIClient client() {
      if (client == null) {
        client = OpenAIOkHttpClient.fromEnv();
      }
      return client;
    }

    public static void main(String[] args) {
      System.setProperty("openai.apiKey", args[0]);
      client().models().list();
    }
  }

  /** The holder idiom: the nested class is initialised at first use, after main sets the key. */
  static class Holder {
    static class Clients {
      static final OpenAIClient OPENAI = OpenAIOkHttpClient.fromEnv();
    }

    public static void main(String[] args) {
      System.setProperty("openai.apiKey", args[0]);
      Clients.OPENAI.models().list();
    }
  }

  /** Two entry points whose order the class does not decide. */
  static class Unordered {
    public OpenAIClient client() {
      return OpenAIOkHttpClient.fromEnv();
    }

    public void key(String key) {
      System.setProperty("openai.apiKey", key);
    }
  }
}
