package io.waymark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The features depend on each other one way: a lower feature tells a higher one through a CDI event (a referral, a
 * read of a record, a member changing team) or answers a question the lower one asks through an interface (the jobs a
 * client holds), never by calling it. The pages live with their features; {@code web} shares only the layout and the
 * form helpers, and depends on no feature.
 */
class PackageDependenciesTest {

    private static final Pattern REFERENCE = Pattern.compile("io\\.waymark\\.([a-z]+)\\.");

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        assertEquals(Set.of(), cycles(dependencies(Path.of("src/main/java/io/waymark"))));
    }

    @Test
    void theCheckFindsACycle() {
        Map<String, Set<String>> twoWays = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(Set.of(Set.of("a", "b", "c")), cycles(twoWays));
    }

    /** Each feature keeps its own pages; {@code web} holds only what every page shares, and needs no feature. */
    @Test
    void thePagesSharedPartsNeedNoFeature() {
        Map<String, Set<String>> graph = dependencies(Path.of("src/main/java/io/waymark"));
        assertEquals(Set.of("common", "security"), graph.get("web"));
    }

    /** Each package below io.waymark and the packages its code names. */
    private static Map<String, Set<String>> dependencies(Path root) {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = root.relativize(file).getName(0).toString();
                if (from.endsWith(".java")) {
                    continue;
                }
                Set<String> to = graph.computeIfAbsent(from, p -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(Files.readString(file));
                while (reference.find()) {
                    if (!reference.group(1).equals(from)) {
                        to.add(reference.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** The strongly connected components of more than one package (Tarjan). */
    private static Set<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        Set<Set<String>> cycles = new HashSet<>();
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, graph, index, low, stack, onStack, cycles);
            }
        }
        return cycles;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, Set<Set<String>> cycles) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!graph.containsKey(next)) {
                continue;
            }
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, cycles);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
    }
}
