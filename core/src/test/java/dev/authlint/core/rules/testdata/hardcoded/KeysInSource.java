package dev.authlint.core.rules.testdata.hardcoded;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import org.springframework.beans.factory.annotation.Value;

/** Keys in their published formats: reported as errors wherever they are written. */
class KeysInSource {
  static final String PROJECT = "@@OPENAI_PROJECT_KEY@@"; // BUG: HardcodedApiKey [error] "(OpenAI) is hardcoded. Anyone who can read this file can use it: revoke it at https://platform.openai.com/api-keys, then load the key at run time"
  static final String SERVICE_ACCOUNT = "@@OPENAI_SVCACCT_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String ADMIN = "@@OPENAI_ADMIN_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String LEGACY = "@@OPENAI_USER_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String ANTHROPIC = "@@ANTHROPIC_API_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String ANTHROPIC_ADMIN = "@@ANTHROPIC_ADMIN_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String ANTHROPIC_OAUTH = "@@ANTHROPIC_OAUTH_TOKEN@@"; // BUG: HardcodedApiKey [error]

  /** Other providers whose keys have a distinctive shape: reported wherever they are, whatever the name. */
  static final String A = "@@OPENROUTER_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String B = "@@GROQ_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String C = "@@XAI_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String D = "@@GOOGLE_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String E = "@@HUGGINGFACE_TOKEN@@"; // BUG: HardcodedApiKey [error]
  static final String F = "@@PERPLEXITY_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String G = "@@REPLICATE_TOKEN@@"; // BUG: HardcodedApiKey [error]
  static final String H = "@@CEREBRAS_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String I = "@@LANGSMITH_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String J = "@@PINECONE_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String K = "@@BEDROCK_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String L = "@@AZURE_AI_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String M = "@@TOGETHER_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String N = "@@NVIDIA_KEY@@"; // BUG: HardcodedApiKey [error]
  static final String IN_A_URL = "https://example.com/v1?key=@@GOOGLE_KEY2@@&alt=json"; // BUG: HardcodedApiKey [error]
  static final String GROQ_HEAD = "@@GROQ_KEY3[0:20]@@";
  static final String GROQ_JOINED = GROQ_HEAD + "@@GROQ_KEY3[20:]@@"; // BUG: HardcodedApiKey [error]

  // A key left in a comment is as public as one in code: @@OPENAI_PROJECT_KEY2@@ BUG: HardcodedApiKey [error]

  /* Block comments too:
     @@ANTHROPIC_API_KEY2@@ BUG: HardcodedApiKey [error]
   */

  static final String IN_TEXT_BLOCK = """
      {"api_key": "@@OPENAI_USER_KEY2@@"}
      """; // BUG(-1): HardcodedApiKey [error]

  /** Joined from constants of this file: no text scan sees the whole key. */
  static final String HEAD = "@@OPENAI_PROJECT_KEY3[0:60]@@";
  static final String JOINED = HEAD + "@@OPENAI_PROJECT_KEY3[60:]@@"; // BUG: HardcodedApiKey [error]

  @Value("${openai.api-key:@@OPENAI_PROJECT_KEY4@@}") // BUG: HardcodedApiKey [error]
  String fromSpring;

  OpenAIClient openAi() {
    return OpenAIOkHttpClient.builder()
        .apiKey("@@OPENAI_PROJECT_KEY5@@") // BUG: HardcodedApiKey [error]
        .build();
  }

  AnthropicClient anthropic() {
    return AnthropicOkHttpClient.builder().apiKey(ANTHROPIC).build();
  }
}
