package vn.xkmt.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LangTest {

    @Test
    void parsesTheTwoLanguageNamesIgnoringCase() {
        assertThat(Lang.parse("vi")).isEqualTo(Lang.VI);
        assertThat(Lang.parse(" EN ")).isEqualTo(Lang.EN);
    }

    @Test
    void anyOtherNameIsRefusedSayingWhichAreKnown() {
        assertThatThrownBy(() -> Lang.parse("fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ngôn ngữ không rõ / unknown language: \"fr\" (vi, en)");
    }

    @Test
    void aLocaleIsEnglishOnlyWhenItsLanguageIsEnglish() {
        assertThat(Lang.of(Locale.UK)).isEqualTo(Lang.EN);
        assertThat(Lang.of(Locale.forLanguageTag("vi-VN"))).isEqualTo(Lang.VI);
        assertThat(Lang.of(Locale.FRANCE)).isEqualTo(Lang.VI);
    }

    @Test
    void aTextIsShownInTheLanguageAsked() {
        Text t = new Text("Đạt", "Pass");
        assertThat(t.in(Lang.VI)).isEqualTo("Đạt");
        assertThat(t.in(Lang.EN)).isEqualTo("Pass");
    }

    @Test
    void positionalPlaceholdersAreFilledAsWrittenAndOthersLeftAlone() {
        assertThat(Messages.fill("… và {0} đơn vị, {1}; {cells} '{2}'", "12", 3)).isEqualTo("… và 12 đơn vị, 3; {cells} '{2}'");
    }
}
