package dev.authlint.core.rules.testdata.unhandled.deadoverload;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;

/** Makes the agent over the real client: the request runs wherever the seam is called. */
final class Wiring {
  static Agent agent() {
    OpenAIClient client = OpenAIOkHttpClient.fromEnv();
    Completions completions = params -> client.chat().completions().create(params);
    return new Agent(new Assistant(completions));
  }
}
