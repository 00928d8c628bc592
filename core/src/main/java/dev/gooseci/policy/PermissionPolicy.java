package dev.gooseci.policy;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * Decides whether a tool call may run: first the mode and the per-tool rules, then every {@link Inspector} in order.
 * Rules are keyed by the namespaced tool name ({@code developer__shell}) or by a whole extension ({@code developer__*}
 * ); an exact name wins over the extension. The policy is a pure function: the same call always gets the same answer.
 *
 * <p>The table, before inspectors: {@code never_allow} denies in every mode; {@code chat} denies every tool; {@code
 * always_allow} allows; {@code ask_before} asks; with no rule {@code auto} allows, {@code approve} asks and {@code
 * smart_approve} allows read-only tools and asks for the rest.
 */
public final class PermissionPolicy {
    private final Mode mode;
    private final Map<String, ToolRule> rules;
    private final List<Inspector> inspectors;

    public PermissionPolicy(Mode mode, Map<String, ToolRule> rules, List<Inspector> inspectors) {
        this.mode = requireNonNull(mode, "mode");
        this.rules = Map.copyOf(requireNonNull(rules, "rules"));
        this.inspectors = List.copyOf(requireNonNull(inspectors, "inspectors"));
    }

    /** The decision as a human-attended session would see it: may be {@link Ask}. */
    public Decision decide(ToolUse use) {
        requireNonNull(use, "use");
        Decision decision = permission(use);
        for (Inspector inspector : inspectors) {
            if (decision instanceof Deny) {
                break;
            }
            Decision advice = inspector.inspect(use, decision);
            if (advice == null) {
                throw new IllegalStateException(
                        "inspector " + inspector.getClass().getName() + " returned null for " + use.name()
                                + "; return Decision.allow() for no objection");
            }
            decision = decision.tighten(advice);
        }
        return decision;
    }

    /** The decision for CI: {@link Allow} or {@link Deny}, never {@link Ask}. */
    public Decision decideNonInteractive(ToolUse use) {
        return decide(use).nonInteractive();
    }

    Decision permission(ToolUse use) {
        ToolRule rule = ruleFor(use.name());
        if (rule == ToolRule.NEVER_ALLOW) {
            return Decision.deny("tool " + use.name() + " is never_allow in the permission rules");
        }
        if (mode == Mode.CHAT) {
            return Decision.deny("mode is chat, in which no tool runs (set mode to auto or smart_approve)");
        }
        if (rule == ToolRule.ALWAYS_ALLOW) {
            return Decision.allow();
        }
        if (rule == ToolRule.ASK_BEFORE) {
            return Decision.ask("tool " + use.name() + " is ask_before in the permission rules");
        }
        if (mode == Mode.AUTO) {
            return Decision.allow();
        }
        if (mode == Mode.SMART_APPROVE && use.readOnly()) {
            return Decision.allow();
        }
        String why = mode == Mode.APPROVE
                ? "mode approve needs approval for every tool"
                : "mode smart_approve needs" + " approval for tools that are not read-only";
        return Decision.ask(why + "; add " + use.name() + ": always_allow to the permission rules to run it");
    }

    private ToolRule ruleFor(String name) {
        ToolRule exact = rules.get(name);
        if (exact != null) {
            return exact;
        }
        int split = name.indexOf("__");
        return split < 0 ? null : rules.get(name.substring(0, split) + "__*");
    }
}
