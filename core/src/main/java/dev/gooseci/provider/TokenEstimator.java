package dev.gooseci.provider;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.gooseci.conversation.Content;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.Text;
import dev.gooseci.conversation.Thinking;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.conversation.ToolResponse;
import dev.gooseci.tool.ToolSpec;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Estimates prompt tokens before a call, for packing diffs into a budget and for compacting before the context window
 * is full. OpenAI's current models (GPT-4o, GPT-4.1, GPT-5, o-series, gpt-oss) use {@code o200k_base}; every other
 * model uses {@code cl100k_base}, which for other vendors is an estimate that tends to count high rather than low.
 *
 * <p>Building an encoding takes a noticeable fraction of a second, so each is built on first use, once per JVM, and
 * shared: encodings are immutable and safe to use from many threads.
 */
public final class TokenEstimator {
    /** Role markers and separators around each message, as in OpenAI's published counting recipe. */
    static final int PER_MESSAGE = 4;
    /** The reply is primed with the assistant's role. */
    static final int PER_REPLY = 3;
    /** Wrapping of one tool's name, description and schema in the vendor's tool list. */
    static final int PER_TOOL = 8;

    private static final Pattern O200K_MODELS =
            Pattern.compile("(.*/)?(gpt-4o|chatgpt-4o|gpt-4\\.1|gpt-4\\.5|gpt-5|gpt-oss|o1|o3|o4)([-.:_@].*)?");

    private final boolean o200k;

    private TokenEstimator(boolean o200k) {
        this.o200k = o200k;
    }

    /** The estimator for {@code model}. */
    public static TokenEstimator forModel(String model) {
        return new TokenEstimator(
                O200K_MODELS.matcher(model.toLowerCase(Locale.ROOT)).matches());
    }

    /** The encoding's name, {@code o200k_base} or {@code cl100k_base}. */
    public String encodingName() {
        return encoding().getName();
    }

    /** Tokens in {@code text}; special tokens such as {@code <|endoftext|>} count as the plain text they are. */
    public int count(String text) {
        return text.isEmpty() ? 0 : encoding().countTokensOrdinary(text);
    }

    /** Prompt tokens of {@code request}: the system prompt, every message and every tool spec. */
    public long estimate(ChatRequest request) {
        long tokens = PER_REPLY;
        if (!request.system().isEmpty()) {
            tokens += PER_MESSAGE + count(request.system());
        }
        for (Message message : request.messages()) {
            tokens += PER_MESSAGE;
            for (Content content : message.content()) {
                tokens += count(content);
            }
        }
        for (ToolSpec tool : request.tools()) {
            tokens += PER_TOOL + count(tool.name()) + count(tool.description()) + count(tool.inputSchema());
        }
        return tokens;
    }

    private int count(Content content) {
        if (content instanceof Text text) {
            return count(text.text());
        } else if (content instanceof Thinking thinking) {
            return count(thinking.text());
        } else if (content instanceof ToolRequest request) {
            return count(request.name()) + count(request.arguments());
        } else if (content instanceof ToolResponse response) {
            return count(response.content());
        }
        throw new AssertionError(content);
    }

    private Encoding encoding() {
        return o200k ? O200k.ENCODING : Cl100k.ENCODING;
    }

    /** Built when first used; class initialisation makes that thread-safe. */
    private static final class O200k {
        static final Encoding ENCODING = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
    }

    private static final class Cl100k {
        static final Encoding ENCODING = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);
    }
}
