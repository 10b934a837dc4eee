package dev.authlint.core.rules.testdata.retries;

import dev.langchain4j.data.message.UserMessage;
import java.util.function.Function;

/**
 * Loops around calls that start from SDK types but send no request: the SDK's data classes and a
 * type declared in this file. Shown to the rule as if it were in an SDK package, like the SDK's own
 * sources, where every type is the SDK's.
 */
class SdkPackageHelpers {
  interface Parser {
    Object parse(String text) throws Exception;
  }

  static Object parseWithFallbacks(String text, Parser parser) {
    int index = text.length();
    while (index > 0) {
      try {
        return parser.parse(text.substring(0, index));
      } catch (Exception ignored) {
        index--;
      }
    }
    return null;
  }

  static UserMessage messageWithRetries(String text, Function<String, String> clean) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return UserMessage.from(clean.apply(text));
      } catch (RuntimeException e) {
        text = text.strip();
      }
    }
    return null;
  }
}
