package dev.authlint.samples.springservice;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/** Holds the client its subclasses call; the subclasses never name the SDK. */
abstract class BaseClient {
  protected final OpenAIClient openAi = OpenAIOkHttpClient.fromEnv();
}
