package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

import dev.gooseci.config.Secret;
import dev.gooseci.config.SecretNames;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Masks secrets in text that leaves the process: comments, reports, logs and transcripts. It masks the values of the
 * run's own secrets (also base64-encoded, at any alignment, and URL-encoded) and well-known credential formats
 * (GitHub, GitLab, OpenAI, Anthropic, AWS, Slack and Google keys, JWTs, bearer tokens, passwords in URLs and PEM
 * private keys), replacing each with {@code [REDACTED:<kind>]}. All patterns are compiled once into a single
 * alternation, so a text is scanned in one pass. Instances are immutable and thread-safe.
 */
public final class SecretRedactor {
    /** Shorter values are not masked: they would mangle ordinary text and are no secret anyway. */
    static final int MIN_SECRET_LENGTH = 4;

    private static final String[][] FORMATS = {
        {
            "private-key",
            "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\\s\\S]*?(?:-----END [A-Z0-9 ]*-----|\\z)"
        },
        {"github-token", "\\b(?:ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{36,255}\\b|\\bgithub_pat_[A-Za-z0-9_]{22,255}"},
        {"gitlab-token", "\\bgl(?:pat|dt|rt|cbt|ptt|oas|ft|imt|agent)-[A-Za-z0-9_\\-]{20,}"},
        {"anthropic-key", "\\bsk-ant-[A-Za-z0-9_\\-]{20,}"},
        {"openai-key", "\\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\\-]{20,}"},
        {"aws-access-key-id", "\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b"},
        {
            "aws-secret-key",
            "(?<=(?i:aws_secret_access_key|secretaccesskey)[\"']?\\s{0,4}[:=]\\s{0,4}[\"']?)[A-Za-z0-9/+=]{40}"
        },
        {"slack-token", "\\bxox[abposr]-[A-Za-z0-9-]{10,}"},
        {"google-api-key", "\\bAIza[0-9A-Za-z_\\-]{35}"},
        {"jwt", "\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{10,}"},
        {"bearer-token", "(?<=[Bb]earer )[A-Za-z0-9._~+/\\-]{20,}=*"},
        {"url-credentials", "(?<=://)[^/\\s:@]+:[^/\\s@]+(?=@)"}
    };

    private final Pattern pattern;
    private final List<String> kinds;

    /** A redactor for known formats only. */
    public static SecretRedactor knownFormats() {
        return new SecretRedactor(List.of());
    }

    /**
     * A redactor for a run: known formats, {@code secrets} (the keys held in settings), and the value of every
     * variable of {@code environment} whose name looks like a secret ({@code *_TOKEN}, {@code *_API_KEY}, ...), so
     * that a CI token the agent never held still cannot leak through text it saw.
     */
    public static SecretRedactor forRun(Collection<Secret> secrets, Map<String, String> environment) {
        List<Secret> all = new ArrayList<>(secrets);
        environment.forEach((name, value) -> {
            if (value != null && value.strip().length() >= MIN_SECRET_LENGTH && SecretNames.looksSecret(name)) {
                all.add(Secret.of(value.strip()));
            }
        });
        return new SecretRedactor(all);
    }

    /** A redactor for known formats and for the given secrets' values (and their encoded forms). */
    public SecretRedactor(Collection<Secret> secrets) {
        requireNonNull(secrets, "secrets");
        List<String> alternatives = new ArrayList<>();
        List<String> kindList = new ArrayList<>();
        Set<String> literals = new LinkedHashSet<>();
        for (Secret secret : secrets) {
            literals.addAll(forms(secret.reveal()));
        }
        if (!literals.isEmpty()) {
            alternatives.add(literals.stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|")));
            kindList.add("secret");
        }
        for (String[] format : FORMATS) {
            alternatives.add(format[1]);
            kindList.add(format[0]);
        }
        this.pattern =
                Pattern.compile(alternatives.stream().map(a -> "(" + a + ")").collect(Collectors.joining("|")));
        this.kinds = List.copyOf(kindList);
    }

    /** The text with every secret replaced by {@code [REDACTED:<kind>]}. */
    public String redact(String text) {
        requireNonNull(text, "text");
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, matcher.start())
                    .append("[REDACTED:")
                    .append(kind(matcher))
                    .append(']');
            last = matcher.end();
        } while (matcher.find());
        return out.append(text, last, text.length()).toString();
    }

    /** Whether {@link #redact} would change {@code text}. */
    public boolean containsSecret(String text) {
        return pattern.matcher(requireNonNull(text, "text")).find();
    }

    private String kind(Matcher matcher) {
        for (int group = 1; group <= kinds.size(); group++) {
            if (matcher.start(group) >= 0) {
                return kinds.get(group - 1);
            }
        }
        throw new AssertionError(matcher);
    }

    /** The value, its URL-encoded forms and the stable cores of its base64 forms at each of the three alignments. */
    static Set<String> forms(String value) {
        Set<String> forms = new LinkedHashSet<>();
        if (value.length() < MIN_SECRET_LENGTH) {
            return forms;
        }
        forms.add(value);
        String url = URLEncoder.encode(value, StandardCharsets.UTF_8);
        forms.add(url);
        forms.add(url.replace("+", "%20"));
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (int offset = 0; offset < 3; offset++) {
            byte[] shifted = new byte[offset + bytes.length];
            System.arraycopy(bytes, 0, shifted, offset, bytes.length);
            String encoded = Base64.getEncoder().encodeToString(shifted);
            int from = offset == 0 ? 0 : 4;
            int to = 4 * (shifted.length / 3);
            if (offset == 0) {
                forms.add(encoded);
                forms.add(encoded.replace('+', '-').replace('/', '_'));
            }
            if (to - from >= 8) {
                String core = encoded.substring(from, to);
                forms.add(core);
                forms.add(core.replace('+', '-').replace('/', '_'));
            }
        }
        return forms;
    }
}
