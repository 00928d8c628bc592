package dev.gooseci.bench;

import dev.gooseci.agent.AgentConfig;
import dev.gooseci.agent.CostMeter;
import dev.gooseci.conversation.Message;
import dev.gooseci.conversation.ToolRequest;
import dev.gooseci.policy.SecretRedactor;
import dev.gooseci.provider.ChatProvider;
import dev.gooseci.provider.ChatRequest;
import dev.gooseci.provider.ChatResponse;
import dev.gooseci.provider.FinishReason;
import dev.gooseci.provider.StreamListener;
import dev.gooseci.provider.Usage;
import dev.gooseci.report.QualityGate;
import dev.gooseci.review.ReviewListener;
import dev.gooseci.review.ReviewModel;
import dev.gooseci.review.ReviewOptions;
import dev.gooseci.review.ReviewPlan;
import dev.gooseci.review.ReviewPlanner;
import dev.gooseci.review.ReviewResult;
import dev.gooseci.review.ReviewTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * Review concurrency: a 300-file change reviewed with a model that takes 300 ms per call and finds nothing, at
 * concurrency 1 and 4. The units come from the real planner and packer (with a small token budget, so that there are
 * many units); each unit is one model call.
 *
 * <p>Usage: {@code java -cp bench/target/goose-bench.jar dev.gooseci.bench.ReviewBench [files] [budget]}.
 */
public final class ReviewBench {
    public static void main(String[] args) throws IOException, GitAPIException {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int budget = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path repo = Files.createTempDirectory("goose-review-bench");
        try (Git git =
                Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.writeString(repo.resolve("README.md"), "bench\n");
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("base")
                    .setAuthor("b", "b@example.com")
                    .setCommitter("b", "b@example.com")
                    .call();
            for (int i = 0; i < files; i++) {
                Path file = repo.resolve("src/main/java/bench/C" + i + ".java");
                Files.createDirectories(file.getParent());
                StringBuilder code = new StringBuilder("package bench;\n\nclass C" + i + " {\n");
                for (int m = 0; m < 8; m++) {
                    code.append("    int m")
                            .append(m)
                            .append("(int x) { return x * ")
                            .append(m + i)
                            .append("; }\n");
                }
                Files.writeString(file, code.append("}\n").toString());
            }
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("head")
                    .setAuthor("b", "b@example.com")
                    .setCommitter("b", "b@example.com")
                    .call();
        }
        ReviewPlan plan = ReviewPlanner.plan(
                new ReviewOptions(repo, Optional.of("HEAD~1"), "HEAD", false, false, Optional.empty(), budget));
        System.out.printf(
                "%d changed files packed into %d units (budget %d tokens)%n",
                plan.change().files().size(), plan.units().size(), budget);
        long serial = time(plan, 1);
        long parallel = time(plan, 4);
        System.out.printf(
                "concurrency 1: %d ms; concurrency 4: %d ms; speed-up %.2fx%n",
                serial, parallel, (double) serial / parallel);
    }

    private static long time(ReviewPlan plan, int concurrency) {
        SlowModel model = new SlowModel();
        ReviewTask task = new ReviewTask(
                new ReviewModel(model, "bench", CostMeter.UNKNOWN),
                AgentConfig.defaults(),
                concurrency,
                Optional.empty(),
                SecretRedactor.knownFormats(),
                ReviewListener.NONE);
        long start = System.nanoTime();
        ReviewResult result = task.run(plan, QualityGate.parse("none"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (model.calls.get() != plan.units().size()
                || !result.report().findings().isEmpty()) {
            throw new IllegalStateException("expected one call per unit and no findings, got " + model.calls.get()
                    + " calls and " + result.report().findings().size() + " findings");
        }
        return millis;
    }

    /** Answers every unit after 300 ms with an empty list of findings. */
    private static final class SlowModel implements ChatProvider {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String name() {
            return "slow";
        }

        @Override
        public ChatResponse complete(ChatRequest request) {
            calls.incrementAndGet();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Message answer =
                    Message.assistant(List.of(new ToolRequest("f" + calls.get(), "final_output", "{\"findings\":[]}")));
            return new ChatResponse(answer, Usage.of(500, 20), FinishReason.TOOL_USE, "bench");
        }

        @Override
        public ChatResponse stream(ChatRequest request, StreamListener listener) {
            return complete(request);
        }
    }
}
