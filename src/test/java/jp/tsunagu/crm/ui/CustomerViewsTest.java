package jp.tsunagu.crm.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.customer.CustomerService;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Registering a customer shows a possible duplicate first; a contact needs a way to reach them. */
class CustomerViewsTest extends KaribuTest {

    @Autowired
    CustomerService customers;

    @Test
    void a_possible_duplicate_is_shown_before_a_second_registration_and_a_contact_must_be_reachable() {
        String core = "ひかり" + UUID.randomUUID().toString().substring(0, 6);
        login(TestData.unique("dir"), AppRoles.DIRECTOR);
        navigate("customers");
        _click(_get(Button.class, spec -> spec.withId("new-customer")));
        CustomerEditor editor = _get(CustomerEditor.class);
        _setValue(editor.name, "株式会社" + core);
        _click(editor.save);
        NotificationsKt.expectNotifications("「株式会社" + core + "」を登録しました");
        assertThat(_get(H2.class, spec -> spec.withId("customer-title")).getText())
                .isEqualTo("株式会社" + core);

        navigate("customers");
        _click(_get(Button.class, spec -> spec.withId("new-customer")));
        editor = _get(CustomerEditor.class);
        _setValue(editor.name, "（株）" + core);
        _click(editor.save);
        assertThat(editor.duplicates.isVisible()).isTrue();
        assertThat(editor.duplicates.getElement().getTextRecursively()).contains("株式会社" + core);
        assertThat(editor.save.getText()).isEqualTo("別の会社として登録");
        assertThat(customers.similar(core, null)).hasSize(1);

        // The director opens the existing one instead; a contact without mail or phone is refused there.
        long id = customers.similar(core, null).get(0).getId();
        editor.close();
        navigate("customers/" + id);
        _click(_get(Button.class, spec -> spec.withId("add-contact")));
        _setValue(_get(TextField.class, spec -> spec.withId("contact-name")), "望月 健");
        _click(_get(Button.class, spec -> spec.withId("save-contact")));
        assertThat(_get(EmailField.class, spec -> spec.withId("contact-email")).getErrorMessage())
                .startsWith("メールか電話のどちらかを入力してください");
        assertThat(customers.contacts(id)).isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("contact-phone")), "054-123-4567");
        _click(_get(Button.class, spec -> spec.withId("save-contact")));
        assertThat(customers.contacts(id)).singleElement().satisfies(c -> assertThat(c.name())
                .isEqualTo("望月 健"));
    }
}
