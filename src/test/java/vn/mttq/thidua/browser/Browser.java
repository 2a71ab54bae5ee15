package vn.mttq.thidua.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded one), with the flags this
 * machine's closed network needs, a fresh profile, and screenshots kept under target/screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = find("/usr/bin/chromium", "chromium", "chromium-browser");
    static final Path CHROMEDRIVER = find("/usr/bin/chromedriver", "chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Path profile;

    Browser(String base) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("thidua-chromium");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=vi", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Debian's path, or else the first of the names found on PATH (Debian's path when none is). */
    private static Path find(String debian, String... names) {
        if (Files.isExecutable(Path.of(debian))) {
            return Path.of(debian);
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : names) {
                Path candidate = Path.of(folder, name);
                if (!folder.isBlank() && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return Path.of(debian);
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** A visitor who has never been here: no session, no language chosen. */
    void forget() {
        open("/login");
        driver.manage().deleteAllCookies();
    }

    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        type("username", username);
        type("password", password);
        submit(By.cssSelector("form[action='/login'] button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void choose(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    /** Clicks a submit button and waits for the next page to replace this one. */
    void submit(By button) {
        WebElement html = driver.findElement(By.tagName("html"));
        WebElement target = driver.findElement(button);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", target);
        target.click();
        wait.until(driver -> isGone(html));
        wait.until(driver -> "complete".equals(this.driver.executeScript("return document.readyState")));
    }

    /** Whether the old page's root has been replaced; Chromium reports that in more than one way. */
    private static boolean isGone(WebElement html) {
        try {
            html.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            return String.valueOf(e.getMessage()).contains("does not belong to the document");
        }
    }

    void click(By link) {
        submit(link);
    }

    /** Ticks a checkbox (or clicks anything that stays on the page), scrolled into view first. */
    void tick(By box) {
        WebElement target = driver.findElement(box);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", target);
        target.click();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    java.util.List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    com.deque.html.axecore.results.Results axeHere(com.deque.html.axecore.selenium.AxeBuilder builder) {
        return builder.analyze(driver);
    }

    /** What a script of the page returns. */
    Object script(String script) {
        return driver.executeScript(script);
    }

    /** The errors the page's console has logged since the last call (scripts that failed, resources refused). */
    java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    /** The session cookie, to fetch a download the way this browser would. */
    String sessionCookie() {
        return driver.manage().getCookieNamed("SESSION").getValue();
    }

    void screenshot(String name) {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
