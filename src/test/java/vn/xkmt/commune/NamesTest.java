package vn.xkmt.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Người|nguoi",
            "NGƯỜI|nguoi",
            "nguoi|nguoi",
            "NGUOI|nguoi",
            "  Người  |nguoi",
            "Ngư_ời|nguoi",
            "Ng-ười|nguoi",
            "Mã xã|maxa",
            "commune_code|communecode",
            "Đoàn Thanh niên|doanthanhnien",
            "đặc khu|dackhu",
            "Lào Cai|laocai",
            "Tỉnh Thanh Hóa|tinhthanhhoa",
            "Số điểm, tụ điểm phức tạp|sodiem,tudiemphuctap",
            "Thị trấn|thitran",
    })
    void normaliseDropsDiacriticsCaseSpacesUnderscoresAndHyphens(String in, String expected) {
        assertThat(Names.normalise(in)).isEqualTo(expected);
    }

    @Test
    void decomposedAndComposedVietnameseNormaliseAlike() {
        String composed = "Nghiện";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(Names.normalise(decomposed)).isEqualTo(Names.normalise(composed)).isEqualTo("nghien");
    }

    @Test
    void noBreakSpacesTabsAndLineBreaksAreDroppedLikeSpaces() {
        assertThat(Names.normalise("Mã\u00A0xã")).isEqualTo("maxa");
        assertThat(Names.normalise("Mã\txã\n")).isEqualTo("maxa");
    }

    @Test
    void nullStaysNull() {
        assertThat(Names.normalise(null)).isNull();
    }

    @Test
    void cleanTrimsAndComposesToNfcAndBlankIsNull() {
        String decomposed = Normalizer.normalize("Bình Kiều", Normalizer.Form.NFD);
        assertThat(Names.clean("  " + decomposed + "\u00A0")).isEqualTo("Bình Kiều");
        assertThat(Names.clean("   ")).isNull();
        assertThat(Names.clean("\u00A0")).isNull();
        String clean = "X01";
        assertThat(Names.clean(clean)).isSameAs(clean);
    }

    @ParameterizedTest
    @CsvSource({"Tỉnh Lào Cai, laocai", "lao-cai, laocai", "LÀO CAI, laocai", "Thành phố Hà Nội, hanoi",
            "TP. Hồ Chí Minh, hochiminh", "Hà Tĩnh, hatinh", "'\u00a0Tỉnh Thanh Hóa ', thanhhoa"})
    void provinceNamesMatchWithoutTheirLeadingTinhOrThanhPho(String name, String key) {
        assertThat(Names.province(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"Xã Y Tý, yty", "y ty, yty", "Thị trấn Phố Lu, pholu", "Phường Đông Sơn, dongson",
            "Xã-hội, xahoi"})
    void communeNamesMatchWithoutTheirLeadingXaThiTranOrPhuong(String name, String key) {
        assertThat(Names.commune(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"Tỉnh Thanh Hóa, thanh-hoa", "Lào Cai, lao-cai", "thanh-hoa, thanh-hoa", "Bà Rịa – Vũng Tàu, ba-ria-vung-tau"})
    void aProvinceSlugIsItsNameInLowerCaseLatinWithHyphens(String name, String slug) {
        assertThat(Names.slug(name)).isEqualTo(slug);
    }

    @Test
    void blankOrMissingNamesHaveAnEmptyKey() {
        assertThat(Names.province(null)).isEmpty();
        assertThat(Names.commune(null)).isEmpty();
        assertThat(Names.slug("  ")).isEmpty();
    }
}
