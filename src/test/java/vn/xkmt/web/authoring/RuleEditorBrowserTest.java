package vn.xkmt.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.xkmt.authoring.RuleWorkspace;
import vn.xkmt.testing.HeadlessChromium;

/**
 * The rule editor in a real headless Chromium (Debian's chromium and chromium-driver, as
 * {@code web.BrowserTest}): Thanh Hóa's editor signs in, opens a file, saves a draft, checks it and
 * reads "OK".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleEditorBrowserTest extends EditorContext {

    @LocalServerPort
    int port;
    @Autowired
    RuleWorkspace workspace;

    HeadlessChromium chromium;
    WebDriver driver;

    @BeforeAll
    void browser() {
        chromium = HeadlessChromium.start(null);
        driver = chromium.driver();
    }

    @AfterAll
    void close() {
        if (chromium != null) {
            chromium.close();
        }
        workspace.discardDraft("editor.thanhhoa", "thanh-hoa", "2024.1");
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waiting() {
        return chromium.waiting();
    }

    @Test
    void editorOpensAFileSavesAndChecks() {
        driver.get(url("/login?lang=vi"));
        driver.findElement(By.id("username")).sendKeys("editor.thanhhoa");
        driver.findElement(By.id("password")).sendKeys("editor-demo-2025");
        driver.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        driver.findElement(By.linkText("Soạn tiêu chí")).click();
        driver.findElement(By.cssSelector("#rule-versions tr[data-ruleset='thanh-hoa'] a")).click();
        driver.findElement(By.linkText("parameters.yaml")).click();
        assertThat(editorText()).contains("nguoi_nghien_ngoai_cong_dong_duoi");
        driver.findElement(By.cssSelector(".CodeMirror")).click();
        driver.findElement(By.cssSelector(".CodeMirror textarea")).sendKeys(Keys.chord(Keys.CONTROL, Keys.END),
                "\n# browser test\n");
        driver.findElement(By.id("save-draft")).click();

        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("saved"))).getText())
                .isEqualTo("Đã lưu bản nháp.");
        assertThat(editorText()).contains("# browser test");

        driver.findElement(By.id("check")).click();
        assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("check-outcome"))).getText())
                .isEqualTo("OK");
        assertThat(driver.findElement(By.id("draft-state")).getText()).contains("bản nháp chưa xuất bản");
    }

    @Test
    void theEditorHighlightsTheFileAndWritesVietnameseInTheFontShippedWithTheApp() {
        driver.get(url("/login?lang=vi"));
        driver.findElement(By.id("username")).sendKeys("editor.thanhhoa");
        driver.findElement(By.id("password")).sendKeys("editor-demo-2025");
        driver.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        driver.get(url("/rules/thanh-hoa/2024.1/files/parameters.yaml"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror[data-editor=codemirror]")));
        JavascriptExecutor js = (JavascriptExecutor) driver;

        Object highlighted = js.executeScript("return document.querySelectorAll('.CodeMirror .cm-atom, .CodeMirror .cm-comment').length;");
        Object family = js.executeScript("return getComputedStyle(document.querySelector('.CodeMirror')).fontFamily;");
        Object vietnameseFont = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "document.fonts.load('16px \"XKMT Mono\"', 'Tham số của đề nghị').then(function (faces) {"
                + " done(faces.map(function (f) { return f.status; }).join(',')); });");
        Object foreign = js.executeScript("return Array.from(document.querySelectorAll('script[src], link[href]'))"
                + ".map(function (e) { return e.src || e.href; }).filter(function (u) { return u.indexOf(location.origin) !== 0; });");

        assertThat(((Number) highlighted).intValue()).as("YAML keys and comments highlighted").isPositive();
        assertThat(family.toString()).startsWith("\"XKMT Mono\"");
        assertThat(vietnameseFont.toString()).as("the shipped font's faces for Vietnamese text").contains("loaded")
                .doesNotContain("error");
        assertThat((java.util.List<?>) foreign).as("nothing loaded from outside the app").isEmpty();
    }

    /** The text of the file being edited, as the code editor holds it. */
    private String editorText() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return document.querySelector('.CodeMirror').CodeMirror.getValue();"));
    }
}
