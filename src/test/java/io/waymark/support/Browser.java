package io.waymark.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by its chromedriver; nothing is downloaded. */
public final class Browser implements AutoCloseable {

    private static final Supplier<String> AXE = () -> {
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    public final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    public static Browser open() {
        return open(true);
    }

    /** A browser that runs no page's JavaScript, as some people's browsers do and as every page must work in. */
    public static Browser withoutJavaScript() {
        return open(false);
    }

    private static Browser open(boolean javaScript) {
        ChromeOptions options = new ChromeOptions();
        if (!javaScript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        return new Browser(driver);
    }

    /** Signs in on the identity provider's own form, as a person would. */
    public void signIn(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        // Back from Keycloak, with Waymark's page fully loaded, before the test looks at it.
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/realms/")
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Runs axe-core (vendored under src/test/resources/axe, MPL-2.0) on the page and answers its serious and
     * critical WCAG findings, one line each.
     */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(AXE.get());
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']}).then(r => done(
                    r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))));""");
    }

    /**
     * Clicks a link or a form's button and waits for the next page: htmx swaps pages in place, so the old page's
     * main element going away is the sign that the new one is there.
     */
    public void click(By target) {
        WebElement main = driver.findElement(By.tagName("main"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(main));
    }

    /** Types into a field and presses Enter, as a search box is used, and waits for the page that answers. */
    public void typeAndEnter(By field, String text) {
        WebElement main = driver.findElement(By.tagName("main"));
        driver.findElement(field).sendKeys(text + org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(main));
    }

    /** Sets a date or time field, whose typed format depends on the browser's locale. */
    public void setValue(By field, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", driver.findElement(field), value);
    }

    /** Whether the page fits the window's width: nothing to scroll sideways to. */
    public boolean fitsTheWindow() {
        return (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth");
    }

    /** The elements that stick out past the window's right edge, for a failure message. */
    public String overflowing() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("""
                return Array.from(document.querySelectorAll('body *'))
                  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                  .slice(0, 8)
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                       + ' ' + Math.round(e.getBoundingClientRect().width) + 'px')
                  .join(', ')"""));
    }

    /** A phone's width, 390 CSS pixels. */
    public Browser onAPhone() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        return this;
    }

    /** Saves what the page looks like under target/screenshots. */
    public void screenshot(String name) {
        try {
            Path target = Path.of("target/screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
