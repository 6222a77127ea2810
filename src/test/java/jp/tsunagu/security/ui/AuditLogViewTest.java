package jp.tsunagu.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    AuditLog audit;

    @Autowired
    UserDirectory users;

    @Test
    void the_audit_log_names_the_person_with_their_login() {
        String login = TestData.unique("audit");
        users.create(login, "audit-pass-12", "監査 太郎", AppRoles.DIRECTOR);
        audit.recordAs(login, AuditKind.DEAL, 1L, null, "created", "名前の確認");

        login(TestData.unique("admin"), AppRoles.ADMIN);
        navigate("admin/audit");
        AuditLogView view = _get(AuditLogView.class);
        // Other tests leave entries dated in the future: narrow to this person first.
        LocatorJ._setValue(
                _get(view, TextField.class, spec -> spec.withLabel(view.getTranslation("audit.filter.actor"))), login);
        var grid = _get(view, Grid.class);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains("監査 太郎（" + login + "）")
                .doesNotContain(", " + login + ",");
    }
}
