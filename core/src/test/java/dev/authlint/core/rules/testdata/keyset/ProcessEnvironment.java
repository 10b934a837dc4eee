package dev.authlint.core.rules.testdata.keyset;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A ProcessBuilder's environment is for the process it starts; it never changes this JVM's. */
class ProcessEnvironment {
  static OpenAIClient neverStarted(String key) {
    ProcessBuilder builder = new ProcessBuilder();
    builder.environment().put("OPENAI_API_KEY", key); // BUG: KeySetAfterClientInit "only for processes started from this ProcessBuilder, and none is started"
    return OpenAIOkHttpClient.fromEnv();
  }

  static OpenAIClient droppedBuilder(String key) {
    new ProcessBuilder("true").environment().put("OPENAI_API_KEY", key); // BUG: KeySetAfterClientInit
    return OpenAIOkHttpClient.fromEnv();
  }

  static OpenAIClient throughTheMap(String key) {
    ProcessBuilder builder = new ProcessBuilder("true").inheritIO();
    Map<String, String> env = builder.environment();
    env.put("OPENAI_API_KEY", key); // BUG: KeySetAfterClientInit
    return OpenAIOkHttpClient.fromEnv();
  }

  /** The correct use: the child process gets the key. */
  static Process started(String key) throws IOException {
    ProcessBuilder builder = new ProcessBuilder("python", "agent.py");
    builder.environment().put("OPENAI_API_KEY", key);
    return builder.inheritIO().start();
  }

  static List<Process> pipeline(String key) throws IOException {
    ProcessBuilder first = new ProcessBuilder("python", "agent.py");
    first.environment().put("OPENAI_API_KEY", key);
    return ProcessBuilder.startPipeline(List.of(first, new ProcessBuilder("cat")));
  }

  static ProcessBuilder returned(String key) {
    ProcessBuilder builder = new ProcessBuilder("python", "agent.py");
    builder.environment().put("OPENAI_API_KEY", key);
    return builder;
  }

  static void fromCaller(ProcessBuilder builder, String key) {
    builder.environment().put("OPENAI_API_KEY", key);
  }

  /** Not a key any client here reads. */
  static void otherVariables(String key) {
    ProcessBuilder builder = new ProcessBuilder();
    builder.environment().put("PATH", "/usr/bin");
    builder.environment().put("ANTHROPIC_API_KEY", key);
  }

  /** A builder kept in a field and started in another method. */
  static class Launcher {
    private final ProcessBuilder agent = new ProcessBuilder("python", "agent.py");

    void configure(String key) {
      agent.environment().put("OPENAI_API_KEY", key);
    }

    Process launch() throws IOException {
      return this.agent.start();
    }
  }

  /** A builder kept in a field and never started. */
  static class Forgotten {
    private final ProcessBuilder unused = new ProcessBuilder();

    void configure(String key) {
      unused.environment().put("OPENAI_API_KEY", key); // BUG: KeySetAfterClientInit
    }
  }
}
