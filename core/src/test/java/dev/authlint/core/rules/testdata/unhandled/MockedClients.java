package dev.authlint.core.rules.testdata.unhandled;

import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.theokanning.openai.completion.CompletionRequest;
import com.theokanning.openai.completion.CompletionResult;
import com.theokanning.openai.service.OpenAiService;

/** Stubbing and verifying a mock make no request; calling the real service does. */
class MockedClients {
  void stubbed(CompletionRequest request) {
    OpenAiService service = mock(OpenAiService.class);
    when(service.createCompletion(request)).thenReturn(new CompletionResult());
    doReturn(new CompletionResult()).when(service).createCompletion(request);
    verify(service).createCompletion(request);
  }

  void real(CompletionRequest request) {
    new OpenAiService(System.getenv("OPENAI_API_KEY")).createCompletion(request); // BUG: UnhandledAuthError
  }
}
