package dev.authlint.testdata.theokanning0;

import com.theokanning.openai.OpenAiService;
import java.time.Duration;

/** Keys given to TheoKanning's client before 0.10 (com.theokanning.openai.OpenAiService). */
class TheoKanning0Keys {
  OpenAiService literal() {
    return new OpenAiService("theo-old-5h4g3f2d", Duration.ofSeconds(30)); // BUG: HardcodedApiKey [warning]
  }

  OpenAiService proxyKey() {
    return new OpenAiService("@@PROXY_KEY@@"); // BUG: HardcodedApiKey [error]
  }

  OpenAiService fromEnvironment() {
    return new OpenAiService(System.getenv("OPENAI_API_KEY"));
  }
}
