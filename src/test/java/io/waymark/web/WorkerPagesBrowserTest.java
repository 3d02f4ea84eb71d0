package io.waymark.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Browser;
import io.waymark.support.KeycloakResource;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A worker signs in through the real Keycloak and does the day's work on a client from the pages alone. */
@QuarkusTest
@QuarkusTestResource(value = KeycloakResource.class, restrictToAnnotatedClass = true)
class WorkerPagesBrowserTest {

    @TestHTTPResource("/app")
    URL app;

    @Test
    void theAccessibilityCheckFindsAnImageWithoutAlternativeText() {
        try (Browser browser = Browser.open()) {
            browser.driver.get("data:text/html,<html lang='en'><title>t</title><main><img src='x.png'></main></html>");
            assertTrue(browser.seriousAccessibilityViolations().stream().anyMatch(v -> v.startsWith("image-alt")));
        }
    }

    @Test
    void aWorkerAddsAContactAndMovesAStage() {
        try (Browser browser = Browser.open()) {
            browser.driver.get(app.toString());
            browser.signIn("cara.worker", "demo");

            String who = browser.driver.findElement(By.className("who")).getText();
            assertTrue(who.contains("Cara MacLeod") && who.contains("Clyde Works Supported Employment"), who);
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "Today");
            browser.screenshot("today");

            browser.driver.findElement(By.cssSelector("table a")).click();
            String stageBefore = browser.driver.findElement(By.cssSelector(".stages .current")).getText();
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "client page");

            browser.driver.findElement(By.id("durationMinutes")).clear();
            browser.driver.findElement(By.id("durationMinutes")).sendKeys("25");
            browser.driver.findElement(By.id("notes")).sendKeys("Phoned about the garden centre vacancy");
            browser.driver.findElement(By.cssSelector("form[action$='/contacts'] button")).click();
            assertTrue(browser.driver.findElement(By.className("timeline")).getText()
                    .contains("Phoned about the garden centre vacancy"));

            // Moving back needs a reason: the page says so next to the field and keeps nothing half-done.
            new Select(browser.driver.findElement(By.id("toStage"))).selectByValue("ENGAGEMENT");
            browser.driver.findElement(By.cssSelector("form[action$='/stage-moves'] button")).click();
            if (!stageBefore.equals("Engagement")) {
                assertTrue(browser.driver.findElement(By.id("reason-error")).getText().contains("reason"));
                assertEquals(stageBefore, browser.driver.findElement(By.cssSelector(".stages .current")).getText());
                assertEquals(List.of(), browser.seriousAccessibilityViolations(), "client page with an error");
                browser.driver.findElement(By.id("reason")).sendKeys("Confidence knocked by a rejection");
                browser.driver.findElement(By.cssSelector("form[action$='/stage-moves'] button")).click();
                assertEquals("Engagement", browser.driver.findElement(By.cssSelector(".stages .current")).getText());
            }
            browser.screenshot("client");
        }
    }
}
