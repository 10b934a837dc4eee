package dev.authlint.core.rules.testdata.unhandled;

import com.openai.models.chat.completions.ChatCompletionCreateParams;

/**
 * The project's own types with the SDKs' simple names: calls on them are not SDK calls, and catching the
 * project's own AuthenticationException does not handle an SDK's 401.
 */
class LookAlikes {
  /** Not com.openai.client.OpenAIClient: this file does not import it. */
  static final class OpenAIClient {
    Chat chat() {
      return new Chat();
    }

    Chat models() {
      return new Chat();
    }
  }

  static final class Chat {
    Chat completions() {
      return this;
    }

    String create(ChatCompletionCreateParams params) {
      return "local";
    }

    String list() {
      return "local";
    }
  }

  static final class AuthenticationException extends RuntimeException {}

  private final OpenAIClient client = new OpenAIClient();
  private final dev.langchain4j.model.chat.ChatModel model =
      dev.langchain4j.model.openai.OpenAiChatModel.builder().build();

  String ownClient(ChatCompletionCreateParams params) {
    client.models().list();
    return client.chat().completions().create(params);
  }

  String ownExceptionDoesNotHandleTheSdks() {
    try {
      return model.chat("hello"); // BUG: UnhandledAuthError
    } catch (AuthenticationException e) {
      return "this catches the project's own type, not LangChain4j's";
    }
  }

  String fullyQualifiedSdkTypeHandles() {
    try {
      return model.chat("hello");
    } catch (dev.langchain4j.exception.AuthenticationException e) {
      return "bad key";
    }
  }

  void unknownReceivers(Object something, java.util.List<String> list) {
    something.toString();
    list.stream().map(String::length).forEach(System.out::println);
  }
}
