package dev.authlint.samples.keyset;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import io.github.cdimascio.dotenv.Dotenv;

/**
 * The setup trap: the client reads its key when it is built, and the key is set afterwards.
 * Static fields are initialised before main runs.
 */
public final class SetupTrap {
  private static final OpenAIClient CLIENT = OpenAIOkHttpClient.fromEnv();

  public static void main(String[] args) {
    Dotenv dotenv = Dotenv.configure().ignoreIfMissing().load();
    System.setProperty("openai.apiKey", dotenv.get("OPENAI_API_KEY"));
    CLIENT.models().list();
  }

  /** The same in one method. */
  static OpenAIClient inOneMethod(String key) {
    OpenAIClient client = OpenAIOkHttpClient.builder().fromEnv().build();
    System.setProperty("openai.apiKey", key);
    return client;
  }

  /** The same through methods of the class, in the order run() calls them. */
  private OpenAIClient client;

  public void run(String key) {
    connect();
    configure(key);
    client.models().list();
  }

  private void connect() {
    client = OpenAIOkHttpClient.fromEnv();
  }

  private void configure(String key) {
    System.setProperty("openai.apiKey", key);
  }

  private SetupTrap() {}
}
