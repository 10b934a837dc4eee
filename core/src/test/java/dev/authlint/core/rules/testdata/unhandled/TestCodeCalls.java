package dev.authlint.core.rules.testdata.unhandled;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/** Analysed as test code: calls there are not reported, so this file has no markers. */
class TestCodeCalls {
  private final OpenAIClient client = OpenAIOkHttpClient.fromEnv();

  void listsModels() {
    client.models().list();
  }
}
