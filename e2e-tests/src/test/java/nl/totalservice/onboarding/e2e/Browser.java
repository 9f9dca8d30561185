package nl.totalservice.onboarding.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Headless Chromium (the Debian {@code chromium} and {@code chromium-driver} packages) on the portal: a person
 * signing in, clicking and typing. Screenshots go to {@code e2e-tests/target/screenshots}, and to
 * {@code docs/portal} when the build runs with {@code -De2e.screenshots=docs}.
 */
final class Browser implements AutoCloseable {

    static final List<Path> BROWSERS = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    static final List<Path> DRIVERS = List.of(Path.of("/usr/bin/chromedriver"), Path.of("/usr/lib/chromium/chromedriver"));
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;
    private final Path root;

    private Browser(ChromeDriver driver, String base, Path root) {
        this.driver = driver;
        this.base = base;
        this.root = root;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    /** The installed browser and driver, if both are there. */
    static Optional<Path[]> installed() {
        Optional<Path> browser = BROWSERS.stream().filter(Files::isExecutable).findFirst();
        Optional<Path> chromedriver = DRIVERS.stream().filter(Files::isExecutable).findFirst();
        return browser.isPresent() && chromedriver.isPresent()
                ? Optional.of(new Path[] {browser.get(), chromedriver.get()}) : Optional.empty();
    }

    static Browser open(String base, Path root) {
        Path[] installed = installed().orElseThrow();
        System.setProperty("webdriver.chrome.driver", installed[1].toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(installed[0].toFile());
        // root in CI has no sandbox; /dev/shm is small in containers
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=en");
        return new Browser(new ChromeDriver(options), base, root);
    }

    void go(String path) {
        driver.get(base + path);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Development sign-in as {@code role}; a partner picks its firm, others may give an email. */
    void signIn(String role, String partnerId, String email) {
        driver.manage().deleteAllCookies();
        go("/sign-in");
        click(By.id("role-" + role));
        if (partnerId != null) {
            new Select(find(By.id("partnerId"))).selectByValue(partnerId);
        }
        if (email != null) {
            type(By.id("email"), email);
        }
        click(By.id("sign-in"));
        wait.until(d -> !path().equals("/sign-in"));
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Clicks a form's button and waits until the answer replaced the page (htmx swaps the body). */
    void submit(By by) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(by));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
    }

    /** Presses Enter on a form's button, as a keyboard user does, and waits for the answer. */
    void pressEnter(By by) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(by));
        button.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.stalenessOf(button));
    }

    /** The text of the element the first Tab from the top of the page lands on. */
    String firstTabStop() {
        driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        return driver.switchTo().activeElement().getText();
    }

    /** Sets a date or time field as the browser's picker would. */
    void setValue(By by, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", find(by), value);
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    void choose(By by, String value) {
        new Select(find(by)).selectByValue(value);
    }

    String text(By by) {
        return find(by).getText();
    }

    /** Waits until the element's text contains {@code expected}, reloading the page between looks. */
    void awaitText(By by, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofSeconds(1)).until(d -> {
            List<WebElement> found = d.findElements(by);
            if (!found.isEmpty() && found.get(0).getText().contains(expected)) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
    }

    void awaitPath(String expected) {
        wait.until(d -> path().equals(expected));
    }

    void awaitAttribute(By by, String attribute, String value) {
        wait.until(ExpectedConditions.attributeToBe(by, attribute, value));
    }

    boolean present(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Saves the page as {@code name}.png, also at phone width ({@code name}-360.png). */
    void screenshot(String name) {
        save(name + ".png");
        Dimension wide = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(360, 800));
        save(name + "-360.png");
        driver.manage().window().setSize(wide);
    }

    private void save(String file) {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            Path target = root.resolve("e2e-tests/target/screenshots");
            Files.createDirectories(target);
            Files.write(target.resolve(file), png);
            if ("docs".equals(System.getProperty("e2e.screenshots"))) {
                Path docs = root.resolve("docs/portal");
                Files.createDirectories(docs);
                Files.write(docs.resolve(file), png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the page is wider than the window (it should never be at 360 px). */
    boolean scrollsSideways() {
        Object overflow = driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(overflow);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
