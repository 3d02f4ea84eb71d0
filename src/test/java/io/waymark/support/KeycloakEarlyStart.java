package io.waymark.support;

import io.quarkus.test.junit.TestProfile;
import java.util.Optional;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the browser tests' Keycloak as the test run begins, when the run has any, so that its half minute of starting
 * passes while the other tests run (registered in META-INF/services). A run of other tests alone starts none.
 */
public class KeycloakEarlyStart implements TestExecutionListener {

    private Optional<Process> started = Optional.empty();

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        if (hasBrowserTests(plan)) {
            started = KeycloakServer.startUnlessStarted();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        started.ifPresent(KeycloakServer::stop);
    }

    private static boolean hasBrowserTests(TestPlan plan) {
        return plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .map(TestIdentifier::getSource).flatMap(Optional::stream)
                .filter(ClassSource.class::isInstance).map(source -> ((ClassSource) source).getClassName())
                .anyMatch(KeycloakEarlyStart::runsInTheBrowser);
    }

    private static boolean runsInTheBrowser(String className) {
        try {
            TestProfile profile = Class.forName(className, false, KeycloakEarlyStart.class.getClassLoader())
                    .getAnnotation(TestProfile.class);
            return profile != null && profile.value() == BrowserTests.class;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
