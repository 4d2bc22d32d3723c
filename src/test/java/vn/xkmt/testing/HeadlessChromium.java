package vn.xkmt.testing;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's {@code chromium} driven by Debian's {@code chromium-driver} (installed by {@code .ci/run}),
 * headless; Selenium Manager never looks for or downloads a driver or a browser.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    public static final String CHROMIUM = "/usr/bin/chromium";

    private final ChromeDriverService service;
    private final WebDriver driver;

    private HeadlessChromium(Path downloads) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--window-size=1280,900");
        if (downloads != null) {
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("download.default_directory", downloads.toString());
            prefs.put("download.prompt_for_download", false);
            prefs.put("safebrowsing.enabled", false);
            options.setExperimentalOption("prefs", prefs);
        }
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /** A browser; downloads go to {@code downloads} when it is given. */
    public static HeadlessChromium start(Path downloads) {
        return new HeadlessChromium(downloads);
    }

    public WebDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
