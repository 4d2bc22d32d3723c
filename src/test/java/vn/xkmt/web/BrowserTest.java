package vn.xkmt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xkmt.testing.HeadlessChromium;

/**
 * The application in a real headless Chromium (Debian's chromium and chromium-driver, never a
 * downloaded driver): sign in, upload a workbook, read verdicts and explanations, download the
 * result, switch language, bad uploads, a phone-sized screen.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    @LocalServerPort
    int port;

    Path downloads;

    HeadlessChromium chromium;
    WebDriver driver;

    @BeforeAll
    void browser() throws IOException {
        downloads = Files.createTempDirectory("xkmt-downloads");
        chromium = HeadlessChromium.start(downloads);
        driver = chromium.driver();
    }

    @AfterAll
    void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waiting() {
        return chromium.waiting();
    }

    void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login?lang=vi"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    Path file(String name, byte[] content) throws IOException {
        Path f = Files.createTempDirectory("xkmt-browser").resolve(name);
        Files.write(f, content);
        return f;
    }

    void upload(Path f) {
        driver.get(url("/upload"));
        driver.findElement(By.id("file")).sendKeys(f.toAbsolutePath().toString());
        driver.findElement(By.id("upload-submit")).click();
    }

    @Test
    void signInUploadReadTheVerdictsAndDownloadTheResult() throws Exception {
        signIn("appraiser.thanhhoa", As.PASSWORD_A);
        assertThat(driver.getCurrentUrl()).endsWith("/upload");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Đánh giá tệp dữ liệu xã");

        upload(file("Xã Thọ Lập.xlsx", Workbooks.communes("Thanh Hóa", new String[] {"BR-1", "Xã Thọ Lập"},
                new String[] {"BR-2", "Xã Xuân Lộc"})));
        waiting().until(ExpectedConditions.urlMatches(".*/evaluations/\\d+$"));

        List<WebElement> verdicts = driver.findElements(By.cssSelector(".unit .verdict"));
        assertThat(verdicts).extracting(WebElement::getText).containsExactly("Chưa đủ điều kiện công nhận",
                "Chưa đủ điều kiện công nhận");
        WebElement th8 = driver.findElement(By.cssSelector("[data-unit='BR-1'] [data-criterion='TH8']"));
        assertThat(th8.findElement(By.cssSelector(".outcome")).getText()).isEqualTo("Không đạt");
        assertThat(th8.findElement(By.cssSelector(".explanation")).getText())
                .isEqualTo("1/2 thôn, tổ dân phố còn 1 hộ chưa ký cam kết: Thôn 2");
        assertThat(th8.findElement(By.cssSelector(".remedy")).getText()).contains("1 hộ còn lại phải ký cam kết");
        th8.findElement(By.tagName("summary")).click();
        assertThat(th8.findElement(By.cssSelector(".evidence")).getText()).contains("Thon!3");
        assertThat(driver.getPageSource()).doesNotContain(Workbooks.SECRET_NAME);

        driver.findElement(By.id("download-json")).click();
        Path json = waitForDownload(".json");
        assertThat(Files.readString(json)).contains("\"unitCode\" : \"BR-2\"").doesNotContain(Workbooks.SECRET_NAME);

        driver.findElement(By.id("download-report")).click();
        Path report = waitForDownload("-report.xlsx");
        assertThat(ResultPagesTest.cells(Files.readAllBytes(report))).contains("BR-1", "Xã Xuân Lộc")
                .doesNotContain(Workbooks.SECRET_NAME);

        driver.findElement(By.cssSelector("a.lang")).click();
        waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-unit='BR-1'] .verdict"), "Not eligible"));
        assertThat(driver.findElement(By.cssSelector("[data-unit='BR-1'] [data-criterion='TH8'] .explanation")).getText())
                .isEqualTo("1 of 2 villages still have 1 household(s) to sign: Thôn 2");
        driver.get(url("/evaluations?lang=vi"));
        assertThat(driver.findElement(By.id("history")).getText()).contains("Xã Thọ Lập.xlsx");

        driver.get(driver.findElement(By.cssSelector("#history tbody tr a")).getAttribute("href"));
        driver.findElement(By.id("rerun")).click();
        // the re-run page comes after the evaluation runs again (seconds on a busy machine)
        assertThat(waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("rerun-outcome")))
                .getAttribute("data-matches")).isEqualTo("true");
    }

    /** Verdict and outcome codes as whole words: on a Vietnamese page they must be shown by their labels. */
    static final java.util.regex.Pattern RAW_CODE =
            java.util.regex.Pattern.compile("\\b(PASS|FAIL|INSUFFICIENT_DATA|ELIGIBLE|NOT_ELIGIBLE|UNDETERMINED|NOT_IN_FORCE)\\b");

    /** The page's visible text with every folded part opened. */
    String visibleText() {
        ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
        return driver.findElement(By.tagName("body")).getText();
    }

    @Test
    void noVietnamesePageShowsAVerdictOrOutcomeCode() throws Exception {
        signIn("appraiser.thanhhoa", As.PASSWORD_A);
        upload(Path.of("samples/thanh-hoa.xlsx"));
        waiting().until(ExpectedConditions.urlMatches(".*/evaluations/\\d+$"));
        java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("result (sample)", driver.getCurrentUrl() + "?lang=vi");
        ContractWorkbookBytes late = new ContractWorkbookBytes();
        upload(file("sau-ket-thuc.xlsx", late.thanhHoaIn2026("BR-26")));
        waiting().until(ExpectedConditions.urlMatches(".*/evaluations/\\d+$"));
        pages.put("result (not in force)", driver.getCurrentUrl() + "?lang=vi");
        pages.put("history", url("/evaluations?lang=vi"));
        pages.put("dashboard", url("/dashboard?province=thanh-hoa&lang=vi"));
        pages.put("upload", url("/upload?lang=vi"));
        java.util.List<String> found = new java.util.ArrayList<>();
        for (var page : pages.entrySet()) {
            driver.get(page.getValue());
            String text = visibleText();
            assertThat(text).as(page.getKey()).isNotBlank();
            java.util.regex.Matcher m = RAW_CODE.matcher(text);
            while (m.find()) {
                found.add(page.getKey() + ": " + m.group());
            }
        }
        signIn("editor.thanhhoa", "editor-demo-2025");
        driver.get(url("/rules/thanh-hoa/2024.2?lang=vi"));
        driver.findElement(By.id("impact")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("impact-result")));
        java.util.regex.Matcher m = RAW_CODE.matcher(visibleText());
        while (m.find()) {
            found.add("rule editor impact: " + m.group());
        }
        assertThat(found).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain(Workbooks.SECRET_NAME);
    }

    /** A Thanh Hóa commune requesting after the plan's end (31/12/2025). */
    static final class ContractWorkbookBytes {
        byte[] thanhHoaIn2026(String code) throws IOException {
            Path dir = Files.createTempDirectory("xkmt-browser");
            vn.xkmt.testing.ContractWorkbook wb = vn.xkmt.testing.ContractWorkbook.create();
            vn.xkmt.testing.CommuneBuilder.thanhHoa(code).set("request_date", java.time.LocalDate.of(2026, 2, 2))
                    .with(vn.xkmt.testing.PersonBuilder.addict(code + "-NN").blank("supervised")).addTo(wb);
            return Files.readAllBytes(wb.write(dir.resolve("x.xlsx")));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theThanhHoaSampleShowsItsExpectedVerdicts() throws Exception {
        signIn("appraiser.thanhhoa", As.PASSWORD_A);
        Path sample = Path.of("samples/thanh-hoa.xlsx");
        upload(sample);
        waiting().until(ExpectedConditions.urlMatches(".*/evaluations/\\d+$"));
        Map<String, Map<String, Object>> expected = SamplesTest.expectations(sample);
        assertThat(driver.findElements(By.cssSelector("article.unit"))).hasSize(expected.size());
        expected.forEach((unit, e) -> {
            WebElement article = driver.findElement(By.cssSelector("[data-unit='" + unit + "']"));
            assertThat(article.findElement(By.cssSelector(".verdict")).getAttribute("data-verdict")).as(unit)
                    .isEqualTo(e.get("verdict"));
        });
        WebElement th1 = driver.findElement(By.cssSelector("[data-unit='TH-TGI'] [data-criterion='TH1']"));
        assertThat(th1.findElement(By.cssSelector(".explanation")).getText()).contains("10 người nghiện ngoài cộng đồng");
    }

    @Test
    void badUploadsGetAClearPage() throws Exception {
        signIn("appraiser.thanhhoa", As.PASSWORD_A);
        upload(file("notes.xlsx", "just some text".getBytes()));
        WebElement problem = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
        assertThat(problem.getText()).startsWith("Tệp không phải sổ tính Excel .xlsx")
                .contains("The file is not an Excel .xlsx workbook");
        assertThat(problem.getAttribute("data-status")).isEqualTo("415");
        assertThat(driver.getPageSource()).doesNotContain("Exception");

        upload(file("other.xlsx", Workbooks.laoCai("BR-LC")));
        problem = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
        assertThat(problem.getText()).contains("ngoài phạm vi tài khoản", "Lào Cai");

        driver.findElement(By.cssSelector("form.logout button")).click();
        waiting().until(ExpectedConditions.urlContains("/login?logout"));
        driver.get(url("/evaluations"));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void aFileOverTheLimitIsStoppedInTheBrowserAndByTheServer() throws Exception {
        signIn("appraiser.thanhhoa", As.PASSWORD_A);
        Path big = file("big.xlsx", new byte[21 * 1024 * 1024]);
        driver.get(url("/upload"));
        driver.findElement(By.id("file")).sendKeys(big.toString());
        WebElement error = driver.findElement(By.id("client-error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).isEqualTo("Tệp quá lớn: tối đa 20 MB.");
        driver.findElement(By.id("upload-submit")).click();
        assertThat(driver.getCurrentUrl()).endsWith("/upload");
        // without the script's check, the server answers with the same message
        ((JavascriptExecutor) driver).executeScript("document.getElementById('upload-form').submit()");
        WebElement problem = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("problem")));
        assertThat(problem.getAttribute("data-status")).isEqualTo("413");
        assertThat(problem.getText()).startsWith("Tệp quá lớn: tối đa 20 MB");
    }

    @Test
    void swaggerUiRendersUnderTheContentSecurityPolicy() {
        signIn("editor.thanhhoa", "editor-demo-2025");
        driver.get(url("/swagger-ui.html"));
        WebElement title = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        assertThat(title.getText()).startsWith("XKMT API");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("/api/evaluations");
    }

    @Test
    void usableOnAPhone() {
        signIn("editor.thanhhoa", "editor-demo-2025");
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            driver.get(url("/rulesets"));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            Number scroll = (Number) js.executeScript("return document.documentElement.scrollWidth");
            Number client = (Number) js.executeScript("return document.documentElement.clientWidth");
            assertThat(scroll.intValue()).isLessThanOrEqualTo(client.intValue());
            WebElement menu = driver.findElement(By.cssSelector(".menu-button"));
            assertThat(menu.isDisplayed()).isTrue();
            assertThat(driver.findElement(By.cssSelector(".menu")).isDisplayed()).isFalse();
            menu.click();
            assertThat(driver.findElement(By.cssSelector(".menu")).isDisplayed()).isTrue();
            driver.get(url("/dashboard"));
            assertThat(driver.findElement(By.id("verdict-chart")).isDisplayed()).isTrue();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    Path waitForDownload(String suffix) throws Exception {
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end) {
            try (var files = Files.list(downloads)) {
                var found = files.filter(p -> p.toString().endsWith(suffix)).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " downloaded into " + downloads);
    }
}
