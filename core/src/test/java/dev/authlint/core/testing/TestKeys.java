package dev.authlint.core.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Realistic keys made at test time, so that no committed file holds one (other secret scanners
 * would rightly flag it). Test inputs name them as {@code @@OPENAI_PROJECT_KEY@@}, optionally with
 * a suffix ({@code @@OPENAI_PROJECT_KEY2@@} is another key of the same format) and a slice
 * ({@code @@OPENAI_PROJECT_KEY[0:60]@@}) for keys split across constants.
 */
public final class TestKeys {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ALPHABET_WITH_DASHES = ALPHABET + "-_";
  private static final String HEX = "0123456789abcdef";

  /** The OpenAI watermark, kept in two pieces so this file does not look like it holds keys. */
  private static final String MARKER = "T3Blbk" + "FJ";

  private static final Pattern TEMPLATE =
      Pattern.compile("@@([A-Z_]+?)(\\d*)(?:\\[(\\d+):(\\d*)])?@@");

  private final Random random;
  private final Map<String, String> keys = new LinkedHashMap<>();

  public TestKeys(long seed) {
    this.random = new Random(seed);
  }

  /** Every key made so far: no output may contain any of them. */
  public Iterable<String> all() {
    return keys.values();
  }

  /** Replaces every template in the text with its key (the same key each time it is named). */
  public String fill(String text) {
    Matcher m = TEMPLATE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String key = keys.computeIfAbsent(m.group(1) + m.group(2), unused -> make(m.group(1)));
      if (m.group(3) != null) {
        int from = Integer.parseInt(m.group(3));
        int to = m.group(4).isEmpty() ? key.length() : Integer.parseInt(m.group(4));
        key = key.substring(from, to);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(key));
    }
    m.appendTail(out);
    return out.toString();
  }

  public String make(String format) {
    return switch (format) {
      case "OPENAI_PROJECT_KEY" -> "sk-proj-" + chars(74, true) + MARKER + chars(74, true);
      case "OPENAI_SVCACCT_KEY" -> "sk-svcacct-" + chars(74, true) + MARKER + chars(74, true);
      case "OPENAI_ADMIN_KEY" -> "sk-admin-" + chars(58, true) + MARKER + chars(58, true);
      case "OPENAI_USER_KEY" -> "sk-" + chars(20, false) + MARKER + chars(20, false);
      case "ANTHROPIC_API_KEY" -> "sk-ant-api03-" + chars(93, true) + "AA";
      case "ANTHROPIC_ADMIN_KEY" -> "sk-ant-admin01-" + chars(93, true) + "AA";
      case "ANTHROPIC_OAUTH_TOKEN" -> "sk-ant-oat01-" + chars(95, true);
      case "OPENROUTER_KEY" -> "sk-or-v1-" + from(HEX, 64);
      case "GROQ_KEY" -> "gsk_" + chars(52, false);
      case "XAI_KEY" -> "xai-" + chars(80, false);
      case "GOOGLE_KEY" -> "AI" + "za" + chars(35, true);
      case "HUGGINGFACE_TOKEN" -> "hf_" + chars(34, false);
      case "PERPLEXITY_KEY" -> "pplx-" + chars(48, false);
      case "REPLICATE_TOKEN" -> "r8_" + chars(37, false);
      case "CEREBRAS_KEY" -> "csk-" + chars(48, false);
      case "LANGSMITH_KEY" -> "lsv2_pt_" + from(HEX, 32) + "_" + from(HEX, 10);
      case "PINECONE_KEY" -> "pcsk_" + chars(6, false) + "_" + chars(63, false);
      case "BEDROCK_KEY" -> "AB" + "SK" + from(ALPHABET + "+/", 130) + "=";
      case "AZURE_AI_KEY" ->
          chars(52, false)
              + "JQQJ"
              + "99"
              + chars(1, false)
              + "B"
              + chars(12, false)
              + "AAAAA"
              + "COG"
              + chars(4, false);
      case "TOGETHER_KEY" -> "tgp_v1_" + chars(43, true);
      case "NVIDIA_KEY" -> "nvapi-" + chars(64, true);
      case "DEEPSEEK_KEY" -> "sk-" + from(HEX, 32);
      case "PROXY_KEY" -> "sk-" + chars(48, false);
      case "AZURE_HEX_KEY" -> from(HEX, 32);
      case "MISTRAL_KEY" -> chars(32, false);
      case "COHERE_KEY" -> chars(40, false);
      default -> throw new IllegalArgumentException("no test key format " + format);
    };
  }

  private String chars(int count, boolean dashes) {
    return from(dashes ? ALPHABET_WITH_DASHES : ALPHABET, count);
  }

  private String from(String alphabet, int count) {
    StringBuilder s = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
