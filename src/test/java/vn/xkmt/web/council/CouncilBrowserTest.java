package vn.xkmt.web.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xkmt.testing.HeadlessChromium;
import vn.xkmt.web.As;
import vn.xkmt.web.WebTest;
import vn.xkmt.web.Workbooks;
import vn.xkmt.web.evaluation.EvaluationService;
import vn.xkmt.web.register.Register;

/**
 * The whole council flow in a real headless Chromium, as the secretariat of Thanh Hóa: a meeting from
 * the sample's evaluations, frozen, decided (one override with its reason and evidence), the minutes
 * printed, the decision number entered; the register shows the commune recognised with that number;
 * a re-upload of the commune failing a criterion flags it at risk; a revocation changes its status.
 * Also the result page's table: filtered by criterion and sorted failing first.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouncilBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    EvaluationService service;
    @Autowired
    Register register;

    HeadlessChromium chromium;
    WebDriver driver;
    long sample;

    @BeforeAll
    void browser() throws IOException {
        sample = service.submit(As.APPRAISER_A.user(), "thanh-hoa.xlsx", Files.readAllBytes(Path.of("samples/thanh-hoa.xlsx")));
        chromium = HeadlessChromium.start(Files.createTempDirectory("xkmt-council-downloads"));
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

    void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login?lang=vi"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        chromium.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    void submit(By button) {
        String before = driver.getCurrentUrl();
        WebElement b = driver.findElement(button);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", b);
        b.click();
        gone(b);
        assertThat(driver.findElements(By.id("problem"))).as("refused at " + before).isEmpty();
    }

    /** Waits until the page that held {@code e} has been replaced (any answer about the old node means it is gone). */
    void gone(WebElement e) {
        chromium.waiting().until(d -> {
            try {
                e.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException stale) {
                return true;
            }
        });
    }

    /** Creates a meeting today and returns to its page. */
    void newMeeting() {
        driver.get(url("/council?province=thanh-hoa"));
        setValue(driver.findElement(By.id("meeting-date")), register.today().toString());
        driver.findElement(By.id("meeting-place")).sendKeys("Hội trường Công an tỉnh");
        driver.findElement(By.id("meeting-members")).sendKeys("Phó Chủ tịch UBND tỉnh — Chủ tịch Hội đồng\n"
                + "Giám đốc Công an tỉnh\nGiám đốc Sở Y tế\nĐại diện Sở Tư pháp\nĐại diện Tỉnh đoàn");
        submit(By.id("create-meeting-submit"));
        chromium.waiting().until(ExpectedConditions.urlMatches(".*/council/meetings/\\d+$"));
    }

    void decide(String unit, String decision, String... overrides) {
        WebElement form = driver.findElement(By.cssSelector("article[data-unit='" + unit + "'] form.decision-form"));
        new Select(form.findElement(By.name("decision"))).selectByValue(decision);
        form.findElement(By.name("votesFor")).sendKeys("4");
        form.findElement(By.name("votesAgainst")).sendKeys("1");
        form.findElement(By.name("votesAbstain")).sendKeys("0");
        form.findElement(By.name("reason")).sendKeys("Hội đồng thảo luận và biểu quyết");
        for (int i = 0; i + 2 < overrides.length; i += 3) {
            form.findElement(By.name("override." + overrides[i] + ".reason")).sendKeys(overrides[i + 1]);
            form.findElement(By.name("override." + overrides[i] + ".evidence")).sendKeys(overrides[i + 2]);
        }
        WebElement button = form.findElement(By.cssSelector("button[type=submit]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", button);
        button.click();
        gone(button);
        assertThat(driver.findElements(By.id("problem"))).isEmpty();
    }

    void closeWith(String number) {
        driver.findElement(By.id("decision-number")).sendKeys(number);
        setValue(driver.findElement(By.id("decision-date")), register.today().toString());
        submit(By.id("close-submit"));
        assertThat(driver.findElement(By.id("meeting-status")).getAttribute("data-status")).isEqualTo("CLOSED");
    }

    String status(String code) {
        driver.get(url("/register/thanh-hoa/" + code + "?lang=vi"));
        return driver.findElement(By.id("commune-status")).getText();
    }

    @Test
    void theSecretariatTakesTheSampleFromVerdictToRecognitionAndRevocation() throws IOException {
        signIn("secretariat.thanhhoa", Secretaries.PASSWORD_THANH_HOA);
        newMeeting();
        driver.findElement(By.id("pick-TH-HQU")).click();
        driver.findElement(By.id("pick-TH-TGI")).click();
        submit(By.id("add-submit"));
        assertThat(driver.findElements(By.cssSelector("#pack tbody tr"))).hasSize(2);
        submit(By.id("freeze-submit"));
        assertThat(driver.findElement(By.id("meeting-status")).getAttribute("data-status")).isEqualTo("FROZEN");

        decide("TH-HQU", "RECOGNISED");
        decide("TH-TGI", "RECOGNISED", "TH1", "Hai người nghiện đã đi cai nghiện tập trung sau ngày lập sổ",
                "Quyết định đưa vào cơ sở cai nghiện ngày 02/6/2025");
        WebElement tgi = driver.findElement(By.cssSelector("#pack tr[data-unit='TH-TGI']"));
        assertThat(tgi.getAttribute("data-override")).isEqualTo("true");
        assertThat(tgi.getText()).contains("Công nhận").contains("Ngoại lệ");
        assertThat(driver.findElement(By.cssSelector("#pack tr[data-unit='TH-HQU']")).getText()).doesNotContain("Ngoại lệ");

        String meetingPage = driver.getCurrentUrl().replaceAll("#.*", "");
        driver.findElement(By.id("minutes")).click();
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("minutes-doc")));
        assertThat(driver.findElement(By.id("minutes-decisions")).getText()).contains("Thiệu Giao").contains("Ngoại lệ")
                .contains("Quyết định đưa vào cơ sở cai nghiện ngày 02/6/2025");
        assertThat(driver.getPageSource()).doesNotContain(Workbooks.SECRET_NAME);
        driver.get(meetingPage);
        closeWith("1234/QĐ-UBND");
        driver.get(meetingPage.replace("/council/meetings/", "/council/meetings/") + "/minutes");
        assertThat(driver.findElement(By.id("minutes-decision")).getText()).contains("1234/QĐ-UBND");

        driver.get(url("/register?province=thanh-hoa&q=TH-HQU"));
        WebElement row = driver.findElement(By.cssSelector("#register tr[data-unit='TH-HQU']"));
        assertThat(row.getAttribute("data-status")).isEqualTo("RECOGNISED");
        assertThat(row.getText()).contains("Đã công nhận").contains("1234/QĐ-UBND");
        assertThat(status("TH-TGI")).isEqualTo("Đã công nhận");
        assertThat(driver.findElement(By.id("commune-facts")).getText()).contains("Ngoại lệ");

        // the appraiser uploads Hoằng Quỳ again, now failing TH8
        signIn("appraiser.thanhhoa", As.PASSWORD_A);
        Path again = Files.createTempDirectory("xkmt-council").resolve("hoang-quy.xlsx");
        Files.write(again, Workbooks.commune("Thanh Hóa", "TH-HQU", "Hoằng Quỳ"));
        driver.get(url("/upload"));
        driver.findElement(By.id("file")).sendKeys(again.toAbsolutePath().toString());
        driver.findElement(By.id("upload-submit")).click();
        chromium.waiting().until(ExpectedConditions.urlMatches(".*/evaluations/\\d+$"));

        signIn("secretariat.thanhhoa", Secretaries.PASSWORD_THANH_HOA);
        driver.get(url("/register?province=thanh-hoa"));
        assertThat(driver.findElement(By.id("at-risk")).getText()).contains("Hoằng Quỳ").contains("TH8");
        assertThat(status("TH-HQU")).isEqualTo("Đã công nhận");
        assertThat(driver.findElement(By.id("flag-risk")).getText()).isEqualTo("Có nguy cơ không giữ vững");

        newMeeting();
        new Select(driver.findElement(By.name("purpose"))).selectByValue("REVOCATION");
        driver.findElement(By.id("pick-TH-HQU")).click();
        submit(By.id("add-submit"));
        submit(By.id("freeze-submit"));
        decide("TH-HQU", "REVOKED");
        closeWith("1300/QĐ-UBND");
        assertThat(status("TH-HQU")).isEqualTo("Bị thu hồi công nhận");
        assertThat(driver.findElement(By.id("commune-decision")).getText()).isEqualTo("1300/QĐ-UBND");
        List<String> kinds = driver.findElements(By.cssSelector("#commune-history tbody tr")).stream()
                .map(r -> r.getAttribute("data-kind")).toList();
        assertThat(kinds).containsSubsequence("PROPOSED", "RECOGNISED", "EVALUATION", "REVOKED");
    }

    @Test
    void theResultTableFiltersByCriterionAndPutsFailingCommunesFirst() {
        signIn("secretariat.thanhhoa", Secretaries.PASSWORD_THANH_HOA);
        driver.get(url("/evaluations/" + sample + "?lang=vi"));
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rt-0 tbody tr")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#rt-0 tbody tr"));
        assertThat(rows).as("the rows of evaluation %d's table: %s", sample,
                rows.stream().map(r -> r.getAttribute("data-row-unit")).toList()).hasSize(9);
        new Select(driver.findElement(By.cssSelector(".rt-criterion"))).selectByValue("TH1");
        List<String> shown = driver.findElements(By.cssSelector("#rt-0 tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(r -> r.getAttribute("data-row-unit")).toList();
        assertThat(shown).containsExactlyInAnyOrder("TH-TGI", "TH-DKH", "TH-MLY");
        new Select(driver.findElement(By.cssSelector(".rt-criterion"))).selectByValue("");
        driver.findElement(By.cssSelector(".rt-failing")).click();
        assertThat(driver.findElement(By.cssSelector("#rt-0 tbody tr")).getAttribute("data-row-unit")).isIn("TH-QTI", "TH-MLY");
        driver.findElement(By.cssSelector("#rt-0 thead th")).click();
        String first = driver.findElement(By.cssSelector("#rt-0 tbody tr")).getAttribute("data-row-unit");
        assertThat(first).isEqualTo("TH-DKH");
        // the row opens the commune's details
        driver.findElement(By.cssSelector("#rt-0 tr[data-row-unit='TH-QTI'] a")).click();
        assertThat(driver.getCurrentUrl()).endsWith("#unit-TH-QTI");
    }
}
