package dev.gooseci.cli;

import dev.gooseci.provider.ProviderCatalog;
import dev.gooseci.provider.ProviderInfo;
import dev.gooseci.provider.WireFormat;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code goose-ci providers}: every provider, its default model, and whether this machine can use it now. */
@Command(name = "providers", description = "List providers, their default models and whether each is configured.")
final class ProvidersCommand implements Callable<Integer> {
    private final Map<String, String> env;

    @Spec
    CommandSpec spec;

    ProvidersCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-12s %-10s %-28s %s%n", "PROVIDER", "FORMAT", "DEFAULT MODEL", "CONFIGURED");
        for (ProviderInfo info : ProviderCatalog.load().all()) {
            out.printf(
                    "%-12s %-10s %-28s %s%n",
                    info.name(),
                    info.format().name().toLowerCase(Locale.ROOT),
                    info.defaultModel().orElse("-"),
                    status(info));
        }
        return ExitCode.SUCCESS.code();
    }

    private String status(ProviderInfo info) {
        if (info.format() == WireFormat.REPLAY) {
            return "yes (plays a transcript: --replay FILE)";
        }
        if (info.key(env).isPresent()) {
            return "yes (key from " + keySource(info) + ")";
        }
        if (!info.keyRequired()) {
            return "yes (no key needed; " + info.baseUrl(env).orElse("set " + String.join(" or ", info.baseUrlEnv()))
                    + ")";
        }
        return "no: set " + String.join(" or ", info.keyEnv());
    }

    private String keySource(ProviderInfo info) {
        return info.keyEnv().stream()
                .filter(name -> env.get(name) != null && !env.get(name).isBlank())
                .findFirst()
                .orElse("?");
    }
}
