package io.waymark.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.waymark.support.Browser;
import io.waymark.support.BrowserTests;
import io.waymark.support.Database;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An administrator imports two clients from the pages: a file with a heading of its own and a bad date is checked,
 * its column matched and its rows fixed, then imported (one client over the worker's limit waits), then undone.
 */
@QuarkusTest
@TestProfile(BrowserTests.class)
class ImportPagesBrowserTest {

    @TestHTTPResource("/app")
    URL app;

    @Inject
    DataSource dataSource;

    @Test
    void anAdministratorChecksFixesImportsAndUndoesAFile() throws Exception {
        String tag = "B" + UUID.randomUUID().toString().substring(0, 6);
        String heading = "Reference,First name,Surname,Date of birth,Gender,Local authority,Programme,Referred by,"
                + "Referred on,Agreed to take part on,Other support a week,Worker\r\n";
        Path bad = Files.createTempFile("clients", ".csv");
        Files.writeString(bad, heading
                + tag + "-1,Iona,Lomond" + tag + ",1988-04-04,WOMAN,Falkirk,IPS,SELF_REFERRAL,2025-09-01,2025-09-02,"
                + "UNDER_7_HOURS,fergus.worker\r\n"
                + tag + "-2,Ross,Katrine" + tag + ",31/02/1990,MAN,Falkirk,IPS,SELF_REFERRAL,2025-09-01,2025-09-02,"
                + "UNDER_7_HOURS,fergus.worker\r\n", StandardCharsets.UTF_8);
        try (Browser browser = Browser.open()) {
            browser.driver.get(app.toString() + "/imports");
            browser.signIn("maya.admin", "demo");
            assertEquals("Import records", browser.driver.findElement(By.tagName("h1")).getText());
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "the imports page");

            browser.driver.findElement(By.id("clients")).sendKeys(bad.toString());
            browser.click(By.xpath("//button[text()='Upload and check']"));
            String problems = browser.driver.findElement(By.id("problem-rows")).getText();
            assertTrue(problems.contains("Clients the whole file Last name no column is matched to Last name"),
                    problems);
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "the checked import");

            // Their "Surname" is Waymark's "Last name": matched once, and remembered for the next file.
            new Select(browser.driver.findElement(By.xpath("//label[text()='Surname']/ancestor::tr//select")))
                    .selectByVisibleText("Last name (required)");
            browser.click(By.xpath("//button[text()='Check again with these columns']"));
            problems = browser.driver.findElement(By.id("problem-rows")).getText();
            assertTrue(problems.contains("Clients 3 Date of birth is not a date (2026-03-31 or 31/03/2026)"), problems);
            assertTrue(!problems.contains("no column is matched"), problems);

            Path fixed = Files.createTempFile("clients", ".csv");
            Files.writeString(fixed, Files.readString(bad).replace("31/02/1990", "28/02/1990"));
            browser.driver.get(app.toString() + "/imports");
            browser.driver.findElement(By.id("clients")).sendKeys(fixed.toString());
            browser.click(By.xpath("//button[text()='Upload and check']"));
            assertTrue(browser.hasNo(By.id("problem-rows")), "the column was remembered");
            String counts = browser.driver.findElement(By.id("counts")).getText();
            assertTrue(counts.contains("Clients 2, of whom 1 on a waiting list"), counts);
            assertTrue(browser.driver.findElement(By.id("warnings")).getText()
                    .contains("Fergus Reid's caseload is full: the client goes on Falkirk's waiting list"));

            browser.click(By.xpath("//button[text()='Import']"));
            assertTrue(browser.driver.findElement(By.id("confirm-error")).getText().contains("tick the box"));
            browser.driver.findElement(By.id("confirm")).click();
            browser.click(By.xpath("//button[text()='Import']"));
            assertTrue(browser.driver.findElement(By.id("saved")).getText().startsWith("Imported."));
            assertEquals(2, Database.column(dataSource, "select id from client where reference like ?", tag + "-%")
                    .size());

            browser.driver.findElement(By.id("confirm")).click();
            browser.click(By.xpath("//button[text()='Undo the import']"));
            assertTrue(browser.driver.findElement(By.id("saved")).getText().startsWith("Undone"));
            assertEquals(0, Database.column(dataSource, "select id from client where reference like ?", tag + "-%")
                    .size());
        }
    }
}
