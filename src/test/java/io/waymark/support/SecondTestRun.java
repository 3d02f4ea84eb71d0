package io.waymark.support;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * The tests that start an application of their own (every {@code *BrowserTest}, under {@link BrowserTests}, and
 * {@code DocumentsOnS3Test}), run by {@code ./mvnw verify} in a second Java process while Surefire runs the others:
 * the browser tests spend much of their time waiting on Chromium and Keycloak, which the other tests' work fills, and
 * each application's preparation moves off Surefire's path (the pom's {@code second-test-run} profile;
 * docs/CONTRIBUTING.md, "How long the tests take"). {@code run DIR PATTERN...} runs the classes whose names match the
 * patterns the pom gives, writing Surefire's kind of report and, last, {@code DIR/result}; {@code await DIR} waits for
 * that result, prints the run's output and answers its exit code, so that a failed test here fails the build as one in
 * Surefire does.
 */
public final class SecondTestRun {

    private static final Duration START_WITHIN = Duration.ofMinutes(3);

    private SecondTestRun() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        int exitCode = switch (args[0]) {
            case "run" -> run(dir, Arrays.copyOfRange(args, 2, args.length));
            case "await" -> await(dir);
            default -> throw new IllegalArgumentException("run DIR PATTERN... or await DIR, not " + args[0]);
        };
        System.exit(exitCode);
    }

    private static int run(Path dir, String... classNamePatterns) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pid"), String.valueOf(ProcessHandle.current().pid()));
        // Everything the run prints, the application's log too, for await to print after Surefire's tests.
        PrintStream output = new PrintStream(Files.newOutputStream(dir.resolve("output.log")), true,
                StandardCharsets.UTF_8);
        System.setOut(output);
        System.setErr(output);
        // Which classes: the pom says, beside the same classes left out of Surefire's run.
        LauncherDiscoveryRequest tests = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectPackage("io.waymark"))
                .filters(ClassNameFilter.includeClassNamePatterns(classNamePatterns))
                .build();
        PrintWriter out = new PrintWriter(System.out, true);
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        try (LauncherSession session = LauncherFactory.openSession()) {
            session.getLauncher().execute(tests, summary, new ClassProgress(out),
                    new LegacyXmlReportGeneratingListener(Path.of("target/surefire-reports"), out));
        }
        TestExecutionSummary result = summary.getSummary();
        result.printFailuresTo(out, 40);
        String line = "Second test run: %d tests, Failures: %d, Skipped: %d".formatted(result.getTestsStartedCount(),
                result.getTotalFailureCount(), result.getTestsSkippedCount());
        out.println(line);
        int exitCode = result.getTestsFoundCount() > 0 && result.getTotalFailureCount() == 0 ? 0 : 1;
        Files.writeString(dir.resolve("result"), exitCode + "\n" + line + "\n");
        return exitCode;
    }

    /**
     * Waits for the run's result; fails if its process ends without one, or never starts. The run's whole output is
     * printed, as Surefire prints its tests'.
     */
    private static int await(Path dir) throws IOException, InterruptedException {
        Path result = dir.resolve("result");
        Instant deadline = Instant.now().plus(START_WITHIN);
        while (!Files.exists(result)) {
            boolean started = Files.exists(dir.resolve("pid"));
            boolean running = started && ProcessHandle.of(Long.parseLong(Files.readString(dir.resolve("pid")).trim()))
                    .map(ProcessHandle::isAlive).orElse(false);
            // Asked after whether it runs: a result is written before its process ends.
            if (!running && !Files.exists(result) && (started || Instant.now().isAfter(deadline))) {
                printOutput(dir);
                System.out.println("The second test run's process " + (started ? "ended without a result"
                        : "did not start") + "; its output is in " + dir.resolve("output.log"));
                return 1;
            }
            Thread.sleep(1000);
        }
        printOutput(dir);
        return Integer.parseInt(Files.readAllLines(result).get(0).trim());
    }

    private static void printOutput(Path dir) {
        try {
            Path output = dir.resolve("output.log");
            if (Files.exists(output)) {
                System.out.println(Files.readString(output));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line as each test class starts and one as it ends, with its counts and time, as Surefire writes them. */
    private static final class ClassProgress implements TestExecutionListener {

        private final PrintWriter out;
        private Instant started;
        private int run;
        private int failed;

        ClassProgress(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void executionStarted(TestIdentifier test) {
            if (isClass(test)) {
                out.println("[INFO] Running " + test.getLegacyReportingName());
                started = Instant.now();
                run = 0;
                failed = 0;
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            boolean failure = result.getStatus() != TestExecutionResult.Status.SUCCESSFUL;
            if (test.isTest()) {
                run++;
                failed += failure ? 1 : 0;
            } else if (isClass(test)) {
                out.printf("[%s] Tests run: %d, Failures: %d, Time elapsed: %.1f s -- in %s%n",
                        failure || failed > 0 ? "ERROR" : "INFO", run, failed,
                        Duration.between(started, Instant.now()).toMillis() / 1000.0, test.getLegacyReportingName());
                result.getThrowable().ifPresent(t -> t.printStackTrace(out));
            }
        }

        private static boolean isClass(TestIdentifier test) {
            return test.getSource().filter(ClassSource.class::isInstance).isPresent();
        }
    }
}
