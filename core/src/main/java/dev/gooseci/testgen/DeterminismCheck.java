package dev.gooseci.testgen;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds what makes a test depend on its surroundings, statically: sleeping, the wall clock, unseeded randomness, the
 * network and absolute paths, in the test method and the helper methods of its class it calls. Static imports are
 * followed, so {@code sleep(10)} after {@code import static java.lang.Thread.sleep} is found too.
 */
final class DeterminismCheck {
    private static final String SLEEP = "sleeps";
    private static final String CLOCK = "reads the wall clock";
    private static final String RANDOM = "uses unseeded randomness";
    private static final String NETWORK = "uses the network";

    /** Static calls by {@code Owner.method}, any arguments. */
    private static final Map<String, String> CALLS = Map.ofEntries(
            Map.entry("Thread.sleep", SLEEP),
            Map.entry("TimeUnit.sleep", SLEEP),
            Map.entry("System.currentTimeMillis", CLOCK),
            Map.entry("System.nanoTime", CLOCK),
            Map.entry("Clock.systemUTC", CLOCK),
            Map.entry("Clock.systemDefaultZone", CLOCK),
            Map.entry("Calendar.getInstance", CLOCK),
            Map.entry("Math.random", RANDOM),
            Map.entry("ThreadLocalRandom.current", RANDOM),
            Map.entry("UUID.randomUUID", RANDOM),
            Map.entry("HttpClient.newHttpClient", NETWORK),
            Map.entry("HttpClient.newBuilder", NETWORK),
            Map.entry("InetAddress.getByName", NETWORK),
            Map.entry("SocketChannel.open", NETWORK));
    /** {@code X.now()} without a clock argument reads the wall clock. */
    private static final Set<String> NOW_TYPES = Set.of(
            "Instant",
            "LocalDate",
            "LocalDateTime",
            "LocalTime",
            "ZonedDateTime",
            "OffsetDateTime",
            "OffsetTime",
            "Year",
            "YearMonth",
            "MonthDay");
    /** Instance calls that reach the network whatever the receiver's name. */
    private static final Set<String> NETWORK_METHODS = Set.of("openConnection", "openStream");

    private static final Set<String> NETWORK_TYPES =
            Set.of("Socket", "ServerSocket", "DatagramSocket", "MulticastSocket", "HttpURLConnection");
    private static final Pattern ABSOLUTE = Pattern.compile("^(/[^/\\s]|[A-Za-z]:[\\\\/]|\\\\\\\\).*", Pattern.DOTALL);

    private DeterminismCheck() {}

    /** Each problem found, as a short phrase with the code that causes it; empty when the method is clean. */
    static List<String> problems(MethodDeclaration method) {
        Set<String> problems = new LinkedHashSet<>();
        Map<String, String> staticImports = staticImports(method);
        scan(method, staticImports, problems, new HashSet<>());
        return new ArrayList<>(problems);
    }

    private static void scan(
            MethodDeclaration method, Map<String, String> imports, Set<String> problems, Set<String> visited) {
        if (!visited.add(method.getDeclarationAsString(false, false, false))) {
            return;
        }
        for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            Optional<String> owner = call.getScope().map(s -> simpleName(s.toString()));
            if (owner.isEmpty()) {
                owner = Optional.ofNullable(imports.get(name));
            }
            String key = owner.orElse("") + "." + name;
            if (CALLS.containsKey(key)) {
                problems.add(CALLS.get(key) + " (" + call + ")");
            } else if (name.equals("sleep") && call.getScope().isPresent()) {
                problems.add(SLEEP + " (" + call + ")");
            } else if (name.equals("now")
                    && owner.filter(NOW_TYPES::contains).isPresent()
                    && call.getArguments().isEmpty()) {
                problems.add(CLOCK + " (" + call + ")");
            } else if (NETWORK_METHODS.contains(name) && call.getScope().isPresent()) {
                problems.add(NETWORK + " (" + call + ")");
            }
            if (call.getScope().isEmpty() || call.getScope().get().isThisExpr()) {
                method.findAncestor(TypeDeclaration.class)
                        .map(type -> ((TypeDeclaration<?>) type).getMethodsByName(name))
                        .orElse(List.of())
                        .forEach(helper -> scan(helper, imports, problems, visited));
            }
        }
        for (ObjectCreationExpr created : method.findAll(ObjectCreationExpr.class)) {
            String type = created.getType().getNameAsString();
            if ((type.equals("Random") || type.equals("SecureRandom"))
                    && created.getArguments().isEmpty()) {
                problems.add(RANDOM + " (" + created + ")");
            } else if (type.equals("SecureRandom")) {
                problems.add(RANDOM + " (" + created + ")");
            } else if (type.equals("Date") && created.getArguments().isEmpty()) {
                problems.add(CLOCK + " (" + created + ")");
            } else if (NETWORK_TYPES.contains(type)) {
                problems.add(NETWORK + " (" + created + ")");
            }
        }
        for (StringLiteralExpr literal : method.findAll(StringLiteralExpr.class)) {
            if (ABSOLUTE.matcher(literal.asString()).matches()) {
                problems.add("uses the absolute path " + literal);
            }
        }
    }

    private static Map<String, String> staticImports(MethodDeclaration method) {
        Map<String, String> owners = new java.util.HashMap<>();
        Optional<CompilationUnit> unit = method.findCompilationUnit();
        if (unit.isEmpty()) {
            return owners;
        }
        for (ImportDeclaration imported : unit.get().getImports()) {
            if (imported.isStatic() && !imported.isAsterisk()) {
                String full = imported.getNameAsString();
                int dot = full.lastIndexOf('.');
                owners.put(full.substring(dot + 1), simpleName(full.substring(0, dot)));
            }
        }
        return owners;
    }

    private static String simpleName(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? qualified : qualified.substring(dot + 1);
    }
}
