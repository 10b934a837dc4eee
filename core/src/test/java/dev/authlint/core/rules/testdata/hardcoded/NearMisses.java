package dev.authlint.core.rules.testdata.hardcoded;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.credential.BearerTokenCredential;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;

/** The correct forms from the seeds and the look-alikes: nothing here may be reported. */
class NearMisses {
  /** Key-format checks written by people who validate keys. */
  static boolean looksLikeOpenAiKey(String key) {
    return key.startsWith("sk-") || key.startsWith("sk-proj-") || key.startsWith("sk-ant-api03-");
  }

  /** A regex for keys is not a key. */
  static final Pattern KEY_PATTERN =
      Pattern.compile("sk-(proj-)?[A-Za-z0-9_-]{20,80}T3BlbkFJ[A-Za-z0-9_-]{20,80}");

  /** Documentation placeholders. */
  static final String USAGE = "export OPENAI_API_KEY='sk-...' before you start";

  @Value("${spring.ai.openai.api-key}")
  String fromEnvironment;

  @Value("${spring.ai.openai.api-key:}")
  String emptyDefault;

  @Value("${OPENAI_API_KEY:your-key-here}")
  String placeholderDefault;

  OpenAIClient fromEnv() {
    return OpenAIOkHttpClient.fromEnv();
  }

  OpenAIClient fromVariable() {
    return OpenAIOkHttpClient.builder().apiKey(System.getenv("OPENAI_API_KEY")).build();
  }

  OpenAIClient placeholders() {
    OpenAIClient a = OpenAIOkHttpClient.builder().apiKey("sk-...").build();
    OpenAIClient b = OpenAIOkHttpClient.builder().apiKey("sk-xxxxxxxxxxxxxxxxxxxx").build();
    OpenAIClient c = OpenAIOkHttpClient.builder().apiKey("your-key-here").build();
    OpenAIClient d = OpenAIOkHttpClient.builder().apiKey("${OPENAI_API_KEY}").build();
    OpenAIClient e = OpenAIOkHttpClient.builder().apiKey("demo").build();
    OpenAIClient f = OpenAIOkHttpClient.builder().apiKey("").build();
    OpenAIClient g = OpenAIOkHttpClient.builder().apiKey("<OPENAI_API_KEY>").build();
    return a.withOptions(o -> o.apiKey("sk-proj-xxxxxxxxxxxxxxxxxxxx"));
  }

  /** A made-up key in the published shape but with no randomness in it. */
  static final String FAKE_SHAPE =
      "sk-proj-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaT3BlbkFJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

  OpenAIClient lazyCredential(Supplier<String> vault) {
    return OpenAIOkHttpClient.builder().credential(BearerTokenCredential.create(vault)).build();
  }

  /** A project's own class that happens to share a name with TheoKanning's client. */
  OpenAiService ownService() {
    return new OpenAiService("service-config-name-1");
  }

  /** Not a key setting: other builders and properties take strings too. */
  void unrelated() {
    System.setProperty("http.agent", "authlint-sample-agent/1.0");
    new StringBuilder().append("some-long-value-x9y8z7");
  }
}
