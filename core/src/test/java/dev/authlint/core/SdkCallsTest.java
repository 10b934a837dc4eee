package dev.authlint.core;

import static com.google.common.truth.Truth.assertThat;

import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration.ConfigOption;
import dev.authlint.core.catalog.Catalog;
import dev.authlint.core.engine.JavaParsers;
import dev.authlint.core.java.JavaUnit;
import dev.authlint.core.java.SdkCalls;
import dev.authlint.core.project.ProjectModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdkCallsTest {
  private static final DefaultPrinterConfiguration WITHOUT_COMMENTS =
      (DefaultPrinterConfiguration)
          new DefaultPrinterConfiguration()
              .removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_COMMENTS));
  private static final Path TESTDATA =
      Path.of("src/test/java/dev/authlint/core/rules/testdata/unhandled");

  /** Each recognised call as "sdk[ async]: call expression", in source order. */
  private static List<String> calls(String file) throws IOException {
    String text = Files.readString(TESTDATA.resolve(file));
    SourceFile source = new SourceFile("src/main/java/app/" + file, text, SourceFile.Kind.JAVA);
    JavaUnit unit =
        new JavaUnit(
            source,
            JavaParsers.forThisThread().parse(text).getResult().orElseThrow(),
            Catalog.defaults(),
            ProjectModel.ofNothing(Catalog.defaults()));
    return SdkCalls.in(unit).all().stream()
        .map(
            c ->
                c.sdk().id()
                    + (c.async() ? " async" : "")
                    + ": "
                    + c.call().toString(WITHOUT_COMMENTS).replaceAll("\\s+", ""))
        .toList();
  }

  @Test
  void recognisesTheOpenAiForms() throws IOException {
    assertThat(calls("OpenAiCalls.java"))
        .containsAtLeast(
            "openai: client.chat().completions().create(params)",
            "openai: client.models().list()",
            "openai: OpenAIOkHttpClient.builder().fromEnv().build().models().list()",
            "openai: completions.create(params)",
            "openai: declared.create(params)",
            "openai: client.withRawResponse().chat().completions().create(params)",
            "openai: client.withOptions(o->o.maxRetries(0)).chat().completions().create(params)",
            "openai: client.chat().completions().createStreaming(params)",
            "openai async: asyncClient.chat().completions().create(params)",
            "openai async: client.async().chat().completions().create(params)");
  }

  @Test
  void accessorsAloneAreNotRequests() throws IOException {
    assertThat(calls("OpenAiCalls.java"))
        .containsNoneOf(
            "openai: client.chat().completions()",
            "openai: client.withRawResponse()",
            "openai: client.async()",
            "openai: client.close()");
  }

  @Test
  void recognisesModelsAiServicesChatClientChainsAndTheOtherSdks() throws IOException {
    assertThat(calls("LangChain4jCalls.java"))
        .containsAtLeast(
            "langchain4j: model.chat(\"Hello\")",
            "langchain4j: embeddings.embedAll(segments)",
            "langchain4j: local.embed(\"text\")",
            "langchain4j: assistant.chat(\"Hello\")",
            "langchain4j: builtAssistant.chat(\"Hello\")");
    assertThat(calls("LangChain4jCalls.java")).doesNotContain("langchain4j: assistant.toString()");
    assertThat(calls("SpringAiCalls.java"))
        .containsAtLeast(
            "spring-ai: chatClient.prompt().user(question).call().content()",
            "spring-ai: ChatClient.create(model).prompt(\"Hello\").call().chatResponse()");
    assertThat(calls("OtherSdkCalls.java"))
        .containsAtLeast(
            "azure-openai: azure.getChatCompletions(\"gpt-4o\",options)",
            "azure-openai async: asyncAzure.getChatCompletions(\"gpt-4o\",options)",
            "theokanning: theo.createChatCompletion(request)",
            "simple-openai async: simple.chatCompletions().create(request)");
  }

  @Test
  void aProjectsOwnClientIsNotTheSdk() throws IOException {
    assertThat(calls("LookAlikes.java"))
        .containsExactly(
            "langchain4j: model.chat(\"hello\")", "langchain4j: model.chat(\"hello\")");
  }
}
