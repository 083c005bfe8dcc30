package org.gongshi.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven through Debian's chromium-driver, both named by path: Selenium looks for a driver of
 * its own (Selenium Manager, which downloads) only when the service names none, and browser downloads are not
 * reachable where gongshi is built. The paths can be overridden with {@code -Dgongshi.chromium=…} and
 * {@code -Dgongshi.chromedriver=…}, which is also how the skipped case is checked.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getProperty("gongshi.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("gongshi.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** What is not installed, in words for the skip message; empty when both programs are there. */
    static Optional<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(BROWSER)) {
            missing.add(BROWSER + " (Debian package chromium)");
        }
        if (!Files.isExecutable(DRIVER)) {
            missing.add(DRIVER + " (Debian package chromium-driver)");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of("not installed: " + String.join(", ", missing));
    }

    /** @param profile an empty folder: a reused profile carries cookies (the receipt cookie) from run to run */
    static HeadlessChromium start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                // Without these chromium reaches for Google's servers, which are closed here and slow to fail.
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // Containers give /dev/shm 64 MB, which chromium outgrows on long pages and then crashes.
                "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // Generous: the machine that runs this may be building other modules on both cores at the same time.
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new HeadlessChromium(driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
