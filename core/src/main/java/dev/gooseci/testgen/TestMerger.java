package dev.gooseci.testgen;

import static java.util.Objects.requireNonNull;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Merges kept test methods into one test class with JavaParser: by default {@code <Class>GooseTest}, or an existing
 * test class. Imports are merged (each once, sorted), class annotations are added when missing, helpers and fields the
 * tests need come along, and a member whose name is taken is renamed with a numeric suffix, its uses in the copied
 * code renamed with it; an identical helper is not copied twice. The result is pretty-printed.
 */
public final class TestMerger {

    /**
     * The merged source.
     *
     * @param existing the target class's current source, when it exists
     * @param className the target class, fully qualified
     * @param sources the candidate units, already cut down to their kept test methods
     */
    public String merge(Optional<String> existing, String className, List<CompilationUnit> sources) {
        requireNonNull(className, "className");
        CompilationUnit target = existing.map(TestMerger::parse).orElseGet(() -> skeleton(className));
        String simple = className.substring(className.lastIndexOf('.') + 1);
        TypeDeclaration<?> type = target.getTypes().stream()
                .filter(t -> t.getNameAsString().equals(simple))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the test file for " + className + " declares no class "
                        + simple + "; fix the file or choose another target"));
        for (CompilationUnit source : sources) {
            mergeImports(target, source);
            source.getPrimaryType().or(() -> source.getTypes().getFirst()).ifPresent(from -> mergeType(type, from));
        }
        return target.toString();
    }

    private static CompilationUnit parse(String text) {
        return JavaSources.parse(text)
                .unit()
                .orElseThrow(() -> new IllegalArgumentException(
                        "the existing test class does not parse; fix it or merge into <Class>GooseTest instead"));
    }

    private static CompilationUnit skeleton(String className) {
        int dot = className.lastIndexOf('.');
        CompilationUnit unit = new CompilationUnit();
        if (dot > 0) {
            unit.setPackageDeclaration(className.substring(0, dot));
        }
        unit.addClass(className.substring(dot + 1)).getModifiers().clear();
        return unit;
    }

    private static void mergeImports(CompilationUnit target, CompilationUnit source) {
        Set<String> have =
                target.getImports().stream().map(ImportDeclaration::toString).collect(Collectors.toSet());
        for (ImportDeclaration imported : source.getImports()) {
            if (have.add(imported.toString())) {
                target.addImport(imported.clone());
            }
        }
        List<ImportDeclaration> sorted = new ArrayList<>(target.getImports());
        sorted.sort((a, b) -> {
            if (a.isStatic() != b.isStatic()) {
                return a.isStatic() ? -1 : 1;
            }
            return a.getNameAsString().compareTo(b.getNameAsString());
        });
        target.getImports().clear();
        sorted.forEach(target.getImports()::add);
    }

    private static void mergeType(TypeDeclaration<?> target, TypeDeclaration<?> from) {
        for (AnnotationExpr annotation : from.getAnnotations()) {
            if (target.getAnnotationByName(annotation.getNameAsString()).isEmpty()) {
                target.addAnnotation(annotation.clone());
            }
        }
        Map<String, String> renames = new HashMap<>();
        List<BodyDeclaration<?>> copies = new ArrayList<>();
        Set<String> taken = names(target);
        for (BodyDeclaration<?> member : from.getMembers()) {
            if (target.getMembers().stream().anyMatch(m -> m.toString().equals(member.toString()))) {
                continue;
            }
            BodyDeclaration<?> copy = member.clone();
            for (String name : declaredNames(copy)) {
                if (taken.contains(name)) {
                    String fresh = fresh(name, taken);
                    renames.put(name, fresh);
                    rename(copy, name, fresh);
                }
                taken.add(renames.getOrDefault(name, name));
            }
            copies.add(copy);
        }
        for (BodyDeclaration<?> copy : copies) {
            renames.forEach((old, fresh) -> renameUses(copy, old, fresh));
            target.addMember(copy);
        }
    }

    private static Set<String> names(TypeDeclaration<?> type) {
        Set<String> names = new TreeSet<>();
        type.getMembers().forEach(m -> names.addAll(declaredNames(m)));
        return names;
    }

    private static List<String> declaredNames(BodyDeclaration<?> member) {
        if (member instanceof MethodDeclaration method) {
            return List.of(method.getNameAsString());
        }
        if (member instanceof FieldDeclaration field) {
            return field.getVariables().stream()
                    .map(VariableDeclarator::getNameAsString)
                    .toList();
        }
        if (member instanceof ClassOrInterfaceDeclaration nested) {
            return List.of(nested.getNameAsString());
        }
        return List.of();
    }

    private static String fresh(String name, Set<String> taken) {
        for (int suffix = 2; ; suffix++) {
            if (!taken.contains(name + suffix)) {
                return name + suffix;
            }
        }
    }

    private static void rename(BodyDeclaration<?> member, String old, String fresh) {
        if (member instanceof MethodDeclaration method) {
            method.setName(fresh);
        } else if (member instanceof FieldDeclaration field) {
            field.getVariables().stream()
                    .filter(v -> v.getNameAsString().equals(old))
                    .forEach(v -> v.setName(fresh));
        } else if (member instanceof ClassOrInterfaceDeclaration nested) {
            nested.setName(fresh);
        }
    }

    private static void renameUses(BodyDeclaration<?> member, String old, String fresh) {
        for (MethodCallExpr call : member.findAll(MethodCallExpr.class)) {
            boolean local = call.getScope().map(s -> s.isThisExpr()).orElse(true);
            if (local && call.getNameAsString().equals(old)) {
                call.setName(fresh);
            }
        }
        for (NameExpr name : member.findAll(NameExpr.class)) {
            if (name.getNameAsString().equals(old)) {
                name.setName(fresh);
            }
        }
    }
}
