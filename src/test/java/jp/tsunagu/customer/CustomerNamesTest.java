package jp.tsunagu.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a customer's name is compared and its reading kept, without Spring or a database. */
class CustomerNamesTest {

    @Test
    void legal_forms_spaces_width_and_case_do_not_make_another_customer() {
        String key = Customer.nameKey("株式会社みらい商事");
        assertThat(Customer.nameKey("みらい商事 株式会社")).isEqualTo(key);
        assertThat(Customer.nameKey("(株)みらい商事")).isEqualTo(key);
        assertThat(Customer.nameKey("（株）みらい商事")).as("full-width brackets").isEqualTo(key);
        assertThat(Customer.nameKey("みらい　商事")).as("an ideographic space").isEqualTo(key);
        assertThat(Customer.nameKey("ＡＢＣ物流")).isEqualTo(Customer.nameKey("abc物流"));
        assertThat(Customer.nameKey("みらい物産")).isNotEqualTo(key);
    }

    @Test
    void a_reading_typed_in_hiragana_or_half_width_is_kept_in_katakana() {
        assertThat(Customer.kana("みらいしょうじ")).isEqualTo("ミライショウジ");
        assertThat(Customer.kana("ﾐﾗｲｼｮｳｼﾞ")).isEqualTo("ミライショウジ");
        assertThat(Customer.kana("  ")).isNull();
    }

    @Test
    void a_phone_number_is_compared_by_its_digits() {
        assertThat(Customer.phoneDigits("054-200-1234")).isEqualTo("0542001234");
        assertThat(Customer.phoneDigits("０５４（２００）１２３４")).isEqualTo("0542001234");
        assertThat(Customer.phoneDigits("なし")).isNull();
    }
}
