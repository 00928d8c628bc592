package dev.gooseci.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The phrases {@link InjectionDetector} looks for. They aim at instructions addressed to a model, so that ordinary PR
 * text ("ignore whitespace in the diff", a pom's {@code <system>GitHub</system>}) is not flagged.
 */
final class InjectionPatterns {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE;
    private static final String SECRET_NOUN = "(?:secrets?|credentials|api[\\s_-]?keys?|access\\s+tokens?"
            + "|GITHUB_TOKEN|GH_TOKEN|CI_JOB_TOKEN|env(?:ironment)?\\s+var(?:iable)?s|\\$\\{?[A-Z_]*(?:TOKEN|KEY|SECRET)\\}?)";

    static final Map<InjectionKind, Pattern> PHRASES = new LinkedHashMap<>();

    static {
        add(
                InjectionKind.IGNORE_INSTRUCTIONS,
                "\\b(?:ignore|disregard|forget|override|bypass)\\s+(?:(?:all|any|the|your|of|my)\\s+)*"
                        + "(?:previous|prior|above|earlier|preceding|original|system|developer|all|safety)\\s+"
                        + "(?:instructions?|prompts?|directions|directives|rules|guidelines|context|messages)\\b");
        add(
                InjectionKind.ROLE_CHANGE,
                "\\byou\\s+are\\s+now\\s+(?:a|an|the|no\\s+longer|DAN|free|unrestricted|jailbroken"
                        + "|in\\s+(?:developer|god|dan|admin)\\s+mode)\\b|\\bfrom\\s+now\\s+on,?\\s+you\\s+"
                        + "(?:are|will|must|should)\\b|\\bpretend\\s+(?:to\\s+be|you\\s+are)\\b"
                        + "|\\bdeveloper\\s+mode\\s+(?:enabled|on)\\b");
        add(
                InjectionKind.SYSTEM_PROMPT,
                "\\b(?:reveal|print|show|output|repeat|leak|disclose|display|dump|tell\\s+me|ignore|disregard"
                        + "|override|forget|bypass|replace)\\s+(?:me\\s+)?(?:(?:your|the|all|its)\\s+)?"
                        + "(?:(?:original|hidden|initial)\\s+)?system\\s+(?:prompt|message|instructions)\\b"
                        + "|\\bnew\\s+system\\s+(?:prompt|instructions)\\s*:|\\bsystem\\s+prompt\\s+override\\b");
        add(
                InjectionKind.ROLE_MARKER,
                "<\\|(?:im_start|im_end|im_sep|system|user|assistant|endoftext|eot_id|start_header_id"
                        + "|end_header_id|begin_of_text)\\|>|(?:^|(?<=\\s))</?(?:system|assistant|instructions?)>"
                        + "(?=\\s|$)|\\[/?INST\\]|<</?SYS>>|^\\s*#{2,}\\s*(?:system|instructions?)\\s*:?\\s*$");
        add(
                InjectionKind.FAKE_TOOL_CALL,
                "\"(?:tool_calls|function_call|tool_use)\"\\s*:|\"type\"\\s*:\\s*\"(?:tool_use|function_call)\""
                        + "|<(?:tool_call|function_calls|tool_use)>|<invoke\\s+name="
                        + "|\\{\\s*\"name\"\\s*:\\s*\"[A-Za-z0-9_-]+__[A-Za-z0-9_-]+\"\\s*,\\s*"
                        + "\"(?:arguments|input|parameters)\"");
        add(
                InjectionKind.EXFILTRATION,
                "\\b(?:leak|exfiltrate|reveal|disclose|dump|post|send|upload|print|echo|output|share|include)\\s+"
                        + "(?:(?:the|your|all|any|of|its|my|our|this|repo(?:sitory)?|ci|environment|env)\\s+){0,3}"
                        + SECRET_NOUN
                        + "|\\bexfiltrat\\w*|\\b(?:curl|wget)\\s+[^\\n]*\\$\\{?[A-Z_]*(?:TOKEN|KEY|SECRET)");
        add(
                InjectionKind.APPROVAL,
                "\\b(?:approve|merge|lgtm)\\s+(?:this|the)\\s+(?:pr|pull\\s+request|merge\\s+request|mr|change|diff)"
                        + "\\s+(?:without|immediately|regardless|automatically|no\\s+matter)"
                        + "|\\b(?:do\\s+not|don't|never)\\s+(?:report|flag|mention|comment\\s+on|point\\s+out)\\s+"
                        + "(?:any\\s+)?(?:issues|problems|bugs|findings|vulnerabilit\\w*|security)"
                        + "|\\b(?:mark|report)\\s+(?:this|it)\\s+as\\s+(?:safe|approved|clean|secure)\\b"
                        + "|\\b(?:respond|reply|answer)\\s+(?:only\\s+)?with\\s+[\"']?(?:LGTM|approved)\\b"
                        + "|\\b(?:AI|assistant|bot|reviewer|model|agent|LLM|goose)\\b[^.\\n]{0,40}"
                        + "\\b(?:must|should|will)\\s+approve\\b");
    }

    private InjectionPatterns() {}

    private static void add(InjectionKind kind, String regex) {
        PHRASES.put(kind, Pattern.compile(regex, FLAGS));
    }
}
