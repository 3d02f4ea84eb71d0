package io.waymark.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's Chromium, headless, driven by its chromedriver; nothing is downloaded. */
public final class Browser implements AutoCloseable {

    /** axe-core as src/test/js's lockfile pins it, installed by Maven into target/js. */
    private static final Supplier<String> AXE = () -> {
        try {
            return Files.readString(Path.of("target/js/node_modules/axe-core/axe.min.js"));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is not installed: run the tests through Maven (src/test/js)", e);
        }
    };

    /** How long a test waits for something it expects to appear (htmx swaps parts of a page in place). */
    private static final Duration APPEARS_WITHIN = Duration.ofSeconds(10);

    private static final Dimension DESKTOP = new Dimension(1280, 900);

    /**
     * Chromium's own headless build (Debian's chromium-headless-shell, the same engine without a browser's window
     * around it): the browser tests took 36% less processor time in it than in chromium --headless=new.
     */
    private static final Path HEADLESS_SHELL = Path.of("/usr/lib/chromium/chromium-headless-shell");

    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    /** The headless shell when it is installed and of the driver's major version (a driver drives only its own). */
    private static final String CHROMIUM = System.getProperty("chromium.binary", Files.isExecutable(HEADLESS_SHELL)
            && majorVersion(HEADLESS_SHELL.toString()).equals(majorVersion(CHROMEDRIVER))
            ? HEADLESS_SHELL.toString() : "/usr/bin/chromium");

    /**
     * Browsers a finished test gave back, each as good as new (see {@link #close()}): starting Chromium and its driver
     * costs about a second each time, and the browser tests open one 36 times.
     */
    private static final Map<Boolean, Deque<Browser>> IDLE = Map.of(true, new ConcurrentLinkedDeque<>(),
            false, new ConcurrentLinkedDeque<>());

    /** Every browser started and not yet quit, idle or in use: all are quit when the JVM stops, however it stops. */
    private static final Set<Browser> STARTED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STARTED.forEach(browser -> browser.driver.quit())));
    }

    public final WebDriver driver;
    private final boolean javaScript;

    private Browser(ChromeDriver driver, boolean javaScript) {
        this.driver = driver;
        this.javaScript = javaScript;
    }

    public static Browser open() {
        return open(true);
    }

    /** A browser that runs no page's JavaScript, as some people's browsers do and as every page must work in. */
    public static Browser withoutJavaScript() {
        return open(false);
    }

    private static Browser open(boolean javaScript) {
        Browser idle = IDLE.get(javaScript).poll();
        return idle != null ? idle : start(javaScript);
    }

    private static Browser start(boolean javaScript) {
        ChromeOptions options = new ChromeOptions();
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        options.setBinary(CHROMIUM);
        if (!CHROMIUM.endsWith("headless-shell")) {
            options.addArguments("--headless=new");
        }
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(APPEARS_WITHIN);
        Browser browser = new Browser(driver, javaScript);
        STARTED.add(browser);
        browser.downloadUnderTarget();
        return browser;
    }

    /** The major version a Chromium program says it is ("Chromium 150.0..." or "ChromeDriver 150.0..."), or "". */
    private static String majorVersion(String program) {
        try {
            Process version = new ProcessBuilder(program, "--version").redirectErrorStream(true).start();
            String said = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            version.waitFor();
            Matcher major = Pattern.compile(" (\\d+)\\.").matcher(said);
            return major.find() ? major.group(1) : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /**
     * A wait that looks again every 50 ms: at Selenium's default of every half second, each click waited about that
     * long after its page had come.
     */
    public WebDriverWait waitingUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50));
    }

    /** Signs in on the identity provider's own form, as a person would. */
    public void signIn(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        // Back from Keycloak, with Waymark's page fully loaded, before the test looks at it.
        waitingUpTo(Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/realms/")
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Runs axe-core (from npm, MPL-2.0: src/test/js) on the page and answers its serious and
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
        awaitTheNextPage(main);
    }

    /**
     * Whether the page has no element {@code target}: asked at once, since waiting for something that should not be
     * there would only wait out the whole time it may take to appear.
     */
    public boolean hasNo(By target) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return driver.findElements(target).isEmpty();
        } finally {
            driver.manage().timeouts().implicitlyWait(APPEARS_WITHIN);
        }
    }

    /** Types into a field and presses Enter, as a search box is used, and waits for the page that answers. */
    public void typeAndEnter(By field, String text) {
        WebElement main = driver.findElement(By.tagName("main"));
        driver.findElement(field).sendKeys(text + org.openqa.selenium.Keys.ENTER);
        awaitTheNextPage(main);
    }

    /**
     * Waits until the old page's main element has gone. Asked while the next page is loading, Chromium can answer
     * neither way ("Node with given id does not belong to the document"): then it is asked again.
     */
    private void awaitTheNextPage(WebElement oldMain) {
        waitingUpTo(Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.stalenessOf(oldMain));
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
        driver.manage().window().setSize(new Dimension(390, 844));
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

    /** A file a test downloads goes under target, not into the working directory (set for each tab). */
    private void downloadUnderTarget() {
        ((ChromeDriver) driver).executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", Path.of("target/downloads").toAbsolutePath().toString()));
    }

    /**
     * Gives the browser back as a new one would be: signed out everywhere (every cookie, Waymark's and Keycloak's,
     * gone), a new tab (so nothing in session storage), a desktop's window. One that cannot be reset is quit.
     */
    @Override
    public void close() {
        ChromeDriver chrome = (ChromeDriver) driver;
        try {
            driver.switchTo().newWindow(WindowType.TAB);
            String fresh = driver.getWindowHandle();
            for (String window : driver.getWindowHandles()) {
                if (!window.equals(fresh)) {
                    driver.switchTo().window(window).close();
                }
            }
            driver.switchTo().window(fresh);
            chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            downloadUnderTarget();
            driver.manage().window().setSize(DESKTOP);
            driver.manage().timeouts().implicitlyWait(APPEARS_WITHIN);
            IDLE.get(javaScript).push(this);
        } catch (RuntimeException broken) {
            STARTED.remove(this);
            driver.quit();
        }
    }
}
