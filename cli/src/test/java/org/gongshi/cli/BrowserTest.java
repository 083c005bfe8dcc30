package org.gongshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.eclipse.jetty.server.Server;
import org.gongshi.generator.SiteBuilder;
import org.gongshi.generator.model.Site;
import org.gongshi.search.SearchIndex;
import org.gongshi.server.ServerConfig;
import org.gongshi.server.SiteServer;
import org.gongshi.server.crypto.Keys;
import org.gongshi.server.guard.HttpLimits;
import org.gongshi.server.guard.Limits;
import org.gongshi.server.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person in a real browser (headless chromium) on the embedded sample, built by the real {@code build} command
 * and served by the real server with the settings {@code serve} gives it. Without chromium and chromium-driver
 * every test here is reported as skipped, by name, with what is missing.
 */
class BrowserTest {

    private static final String CODE = "2023-QH-0012";
    private static final String NAME = "沙河镇王楼村通组道路硬化工程";

    @TempDir
    static Path dir;
    static Site site;
    static SearchIndex index;
    static Database database;
    static Server server;
    static HeadlessChromium chromium;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void buildServeAndOpenChromium() throws Exception {
        if (HeadlessChromium.missing().isPresent()) {
            // Not an assumption here: an abort in @BeforeAll skips the class without naming its tests.
            // Each test reports itself skipped, by name, in skipWithoutChromium.
            return;
        }
        Path out = dir.resolve("out");
        CliRun build = CliRun.run("build", "--content", "../content", "--templates", "../templates", "--out", out.toString());
        assertEquals(0, build.exit(), build.err());
        site = SiteBuilder.readSite(Path.of("../content"));
        index = SearchIndex.open(out.resolve(SiteBuilder.SEARCH_INDEX));
        database = Database.open(Database.sqliteUrl(dir.resolve("data")));
        // As ServeCommand configures it, default abuse limits included: the browser must pass them as a person does.
        // No other form origin: every page here comes from this server.
        ServerConfig config = new ServerConfig("127.0.0.1", 0, site.title(), site.sample(), site.hotline(), List.of(),
                false, Limits.DEFAULT, HttpLimits.DEFAULT);
        server = SiteServer.create(config, out.resolve(SiteBuilder.SITE), index, database,
                Keys.loadOrCreate(dir.resolve("data/hotline.key")));
        server.start();
        chromium = HeadlessChromium.start(Files.createDirectories(dir.resolve("profile")));
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeAll() throws Exception {
        try (HeadlessChromium c = chromium; SearchIndex i = index; Database d = database) {
            if (server != null) {
                server.stop();
            }
        }
    }

    @BeforeEach
    void skipWithoutChromium() {
        Optional<String> missing = HeadlessChromium.missing();
        Assumptions.assumeTrue(missing.isEmpty(), () -> "real-browser test skipped: " + missing.orElseThrow());
    }

    @Test
    void searchingFromTheHomePageLeadsToTheNoticePage() {
        open("/");
        assertEquals(site.title(), browser.findElement(By.className("site-title")).getText());

        WebElement box = browser.findElement(By.cssSelector(".search-form input[name=q]"));
        box.sendKeys("王楼村");
        box.submit();
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".hit-title[href='/p/" + CODE + "/']")));
        assertTrue(browser.findElement(By.className("result-count")).getText().startsWith("共找到"));
        assertEquals(NAME, hit.getText());

        hit.click();
        wait.until(ExpectedConditions.urlToBe(url("/p/" + CODE + "/")));
        assertEquals(NAME, heading());
    }

    @Test
    void aComplaintFiledOnTheHotlinePageGetsAReceiptWhoseStatusCanBeLookedUp() throws InterruptedException {
        open("/hotline/");
        assertEquals("网上监督举报", heading());
        browser.findElement(By.id("f-project")).sendKeys(CODE);
        browser.findElement(By.cssSelector("label[for=f-kind-wage]")).click();
        browser.findElement(By.id("f-description")).sendKeys("九月份的工资到现在还没发。");
        // The server takes a form sent sooner than a person could fill it as unread and asks to confirm it first.
        pauseAsAPersonWould();
        browser.findElement(By.cssSelector(".hotline-form button[type=submit]")).click();

        String receipt = receiptShown();
        open("/hotline/status");
        browser.findElement(By.id("f-receipt")).sendKeys(receipt);
        browser.findElement(By.cssSelector(".status-form button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "举报办理进度"));
        assertEquals(receipt, fact("受理编号"));
        assertEquals("待受理", fact("当前状态"));
        assertEquals("拖欠或克扣工资", fact("举报类型"));
        assertEquals(CODE, fact("项目"));
    }

    @Test
    void theNoticePagesStaticFormComesBackToConfirmAndThenFilesForThatProject() throws InterruptedException {
        open("/p/" + CODE + "/");
        assertEquals(CODE, browser.findElement(By.id("hotline-project")).getAttribute("value"));
        browser.findElement(By.cssSelector("label[for=hotline-kind-quality]")).click();
        browser.findElement(By.id("hotline-description")).sendKeys("路面已经开裂。");
        browser.findElement(By.id("hotline-anonymous")).click();
        browser.findElement(By.cssSelector(".hotline-form button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "请核对举报内容"));
        assertEquals(CODE, browser.findElement(By.id("f-project")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("f-kind-quality")).isSelected());
        assertTrue(browser.findElement(By.id("f-anonymous")).isSelected());
        pauseAsAPersonWould();
        browser.findElement(By.cssSelector(".hotline-form button[type=submit]")).click();

        String receipt = receiptShown();
        // The receipt page offers the lookup with the code already filled in.
        assertEquals(receipt, browser.findElement(By.id("f-receipt")).getAttribute("value"));
        browser.findElement(By.cssSelector(".status-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "举报办理进度"));
        assertEquals("工程质量", fact("举报类型"));
        assertEquals(CODE, fact("项目"));
    }

    @Test
    void theQrCodeOnTheSignboardOnScreenLeadsToTheNoticePage() throws Exception {
        open("/p/" + CODE + "/");
        browser.findElement(By.linkText("公示牌（可打印）")).click();
        wait.until(ExpectedConditions.urlToBe(url("/p/" + CODE + "/signboard/")));
        WebElement qr = browser.findElement(By.cssSelector(".board-qr img"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", qr);
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr));

        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        // Kept for a person to look at when this fails on a CI machine.
        Files.write(Files.createDirectories(Path.of("target/browser")).resolve("signboard.png"), png);
        URI scanned = URI.create(decodeQr(png));

        URI published = URI.create(site.baseUrl());
        // QR alphanumeric mode has no lower case letters, so the code holds the address in upper case.
        assertTrue(published.getScheme().equalsIgnoreCase(scanned.getScheme()), scanned.toString());
        assertTrue(published.getHost().equalsIgnoreCase(scanned.getHost()), scanned.toString());
        assertEquals("/P/" + CODE, scanned.getPath());
        // The code holds the published domain; this server stands in for it under the same path.
        open(scanned.getRawPath());
        wait.until(ExpectedConditions.urlToBe(url("/p/" + CODE + "/")));
        assertEquals(NAME, heading());
    }

    private static void open(String path) {
        browser.get(url(path));
    }

    private static String url(String path) {
        return server.getURI().resolve(path).toString();
    }

    /** Longer than the server's minimum form age, which a confirmation sent sooner would not pass. */
    private static void pauseAsAPersonWould() throws InterruptedException {
        Thread.sleep(Limits.DEFAULT.minFormAge().plusMillis(500).toMillis());
    }

    private static String receiptShown() {
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "举报已收到"));
        assertEquals(url("/hotline/receipt"), browser.getCurrentUrl());
        String receipt = browser.findElement(By.className("receipt-code")).getText();
        assertTrue(receipt.matches("\\d{4} \\d{4} \\d{4} \\d{4}"), receipt);
        return receipt;
    }

    private static String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    private static String fact(String label) {
        return browser.findElement(By.xpath("//table[@class='facts']//th[normalize-space()='" + label + "']/following-sibling::td"))
                .getText();
    }

    /** Reads the one QR code in a screenshot of the whole window, as a phone camera would see the screen. */
    private static String decodeQr(byte[] png) throws IOException, ReaderException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found in target/browser/signboard.png", e);
        }
    }
}
