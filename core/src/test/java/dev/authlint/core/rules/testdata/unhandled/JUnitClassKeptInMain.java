package dev.authlint.core.rules.testdata.unhandled;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.models.ModelListPage;
import org.junit.jupiter.api.Test;

/** A JUnit class kept under src/main is test code all the same: its calls are not reported. */
class JUnitClassKeptInMain {
  private final OpenAIClient client = OpenAIOkHttpClient.fromEnv();

  @Test
  void listsModels() {
    ModelListPage models = client.models().list();
    models.data();
  }
}
