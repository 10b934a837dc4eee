package dev.authlint.core.rules.testdata.unhandled.deadoverload;

import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;

/** A seam over the SDK's request, so that tests can give a fake. */
interface Completions {
  ChatCompletion create(ChatCompletionCreateParams params);
}
