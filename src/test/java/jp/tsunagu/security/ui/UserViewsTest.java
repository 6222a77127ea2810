package jp.tsunagu.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.List;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.TestData;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.FacilityNames;
import jp.tsunagu.security.MyAccount;
import jp.tsunagu.security.UserAccounts;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The admin's account screens as an office uses them on its first day: create a director and a facility user (the
 * temporary password shown once), refusals beside their fields, reset, disable, unlock; a person with a temporary
 * password sees only the page to choose their own; the profile keeps contact and password.
 */
class UserViewsTest extends KaribuTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    MyAccount myAccount;

    @Autowired
    UserDirectory users;

    @Autowired
    FacilityNames facilities;

    @Autowired
    TestData data;

    @Test
    void the_admin_creates_a_director_and_a_facility_user_and_resets_disables_and_unlocks_them() {
        long facility = data.facility(TestData.unique("町"));
        login(TestData.unique("admin"), AppRoles.ADMIN);
        navigate("admin/users");
        UserListView list = _get(UserListView.class);

        String director = TestData.unique("yamada");
        _click(list.add);
        UserEditor editor = _get(UserEditor.class);
        _setValue(editor.username, director);
        _setValue(editor.displayName, "山田 花子");
        _setValue(editor.kana, "ヤマダ ハナコ");
        _setValue(editor.email, "hanako@example.jp");
        _setValue(editor.role, AppRoles.DIRECTOR);
        _setValue(editor.organisation, "株式会社つなぐ");
        _click(editor.save);
        TemporaryPasswordDialog shown = _get(TemporaryPasswordDialog.class);
        String temporary =
                _get(Span.class, spec -> spec.withId("temporary-password")).getText();
        assertThat(temporary).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");
        shown.close();

        String staff = TestData.unique("kobayashi");
        _click(list.add);
        editor = _get(UserEditor.class);
        _setValue(editor.username, staff);
        _setValue(editor.displayName, "小林 恵");
        _setValue(editor.role, AppRoles.FACILITY);
        assertThat(editor.organisation.isVisible()).isFalse();
        _click(editor.save);
        assertThat(editor.facility.isInvalid()).isTrue();
        assertThat(editor.facility.getErrorMessage()).isEqualTo("所属事業所を選んでください");
        _setValue(
                editor.facility,
                facilities.all().stream()
                        .filter(f -> f.id() == facility)
                        .findFirst()
                        .orElseThrow());
        _click(editor.save);
        _get(TemporaryPasswordDialog.class).close();
        assertThat(accounts.find(staff).facilityId()).isEqualTo(facility);

        _setValue(list.search, staff);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(list.grid, 0)).contains("小林 恵", "事業所職員", "有効（仮パスワード）");

        // Reset: a new temporary password, this once.
        list.open(accounts.find(director));
        UserActions actions = _get(UserActions.class);
        _click(actions.reset);
        String again =
                _get(Span.class, spec -> spec.withId("temporary-password")).getText();
        assertThat(again).isNotEqualTo(temporary);
        _get(TemporaryPasswordDialog.class).close();

        // Disable: the list says so.
        list.open(accounts.find(staff));
        _click(_get(UserActions.class).toggle);
        NotificationsKt.expectNotifications("小林 恵 さんのアカウントを無効にしました");
        assertThat(GridKt._getFormattedRow(list.grid, 0)).contains("無効");
        assertThat(accounts.find(staff).enabled()).isFalse();

        // Unlock: the button is there only for a locked account.
        String locked = TestData.unique("locked");
        users.create(locked, "locked-user-pass-1", "鍵 次郎", AppRoles.INTERMEDIARY);
        list.open(accounts.find(director));
        assertThat(_get(UserActions.class).unlock.isVisible()).isFalse();
        _get(UserActions.class).close();
        for (int i = 0; i < 5; i++) {
            users.loginFailed(locked, 5, Duration.ofMinutes(15));
        }
        _setValue(list.search, locked);
        assertThat(GridKt._getFormattedRow(list.grid, 0)).anyMatch(cell -> cell.endsWith("までロック中"));
        list.open(accounts.find(locked));
        _click(_get(UserActions.class).unlock);
        assertThat(accounts.find(locked).locked()).isFalse();
    }

    @Test
    void a_refused_login_name_kana_or_mail_shows_beside_its_field_and_nothing_is_created() {
        String taken = TestData.unique("taken");
        users.create(taken, "taken-user-pass-1", "既存 四郎", AppRoles.DIRECTOR);
        login(TestData.unique("admin"), AppRoles.ADMIN);
        navigate("admin/users");
        _click(_get(UserListView.class).add);
        UserEditor editor = _get(UserEditor.class);
        _setValue(editor.username, "a b");
        _setValue(editor.displayName, "二人目");
        _setValue(editor.kana, "Futari");
        _setValue(editor.email, "not-mail");
        _setValue(editor.role, AppRoles.DIRECTOR);
        _click(editor.save);
        assertThat(editor.username.getErrorMessage()).startsWith("ユーザー名は半角英数字");
        assertThat(editor.kana.getErrorMessage()).isEqualTo("ふりがなは、ひらがなかカタカナで入力してください");
        assertThat(editor.email.isInvalid()).isTrue();
        _setValue(editor.username, taken);
        _setValue(editor.kana, "");
        _setValue(editor.email, "");
        _click(editor.save);
        assertThat(editor.username.getErrorMessage()).isEqualTo("このユーザー名はすでに使われています");
        assertThat(editor.isOpened()).isTrue();
        assertThat(accounts.find(taken).displayName()).isEqualTo("既存 四郎");
    }

    @Test
    void intermediary_staff_add_facility_staff_only() {
        login(TestData.unique("mid"), AppRoles.INTERMEDIARY);
        navigate("admin/users");
        UserListView list = _get(UserListView.class);
        assertThat(list.add.getText()).isEqualTo("事業所職員を追加");
        _click(list.add);
        UserEditor editor = _get(UserEditor.class);
        assertThat(editor.role.getListDataView().getItems().toList()).containsExactly(AppRoles.FACILITY);
        assertThat(editor.facility.isVisible()).isTrue();
    }

    @Test
    void a_person_with_a_temporary_password_must_choose_their_own_before_anything_else() {
        String person = TestData.unique("first");
        users.create(person, "placeholder-pass-1", "初回 太郎", AppRoles.DIRECTOR);
        login(TestData.unique("admin"), AppRoles.ADMIN);
        String temporary = accounts.resetPassword(person).password();
        logout();
        loginWithTemporaryPassword(person, AppRoles.DIRECTOR);
        navigate("tasks");
        PasswordChangeView page = _get(PasswordChangeView.class);
        PasswordChangeForm form = _get(page, PasswordChangeForm.class);
        _setValue(form.current, "wrong");
        _setValue(form.next, "a good long passphrase");
        _setValue(form.repeated, "a good long passphrase");
        _click(form.change);
        assertThat(form.current.getErrorMessage()).isEqualTo("現在のパスワードが正しくありません");
        _setValue(form.current, temporary);
        _setValue(form.next, "password1234");
        _setValue(form.repeated, "password1234");
        _click(form.change);
        assertThat(form.next.getErrorMessage()).isEqualTo("よく使われていて推測されやすいパスワードです。別のものにしてください");
        _setValue(form.next, "short");
        _click(form.change);
        assertThat(form.next.getErrorMessage()).isEqualTo("パスワードは12文字以上にしてください");
        _setValue(form.next, "a good long passphrase");
        _setValue(form.repeated, "a good long passphrase!");
        _click(form.change);
        assertThat(form.repeated.getErrorMessage()).isEqualTo("確認用のパスワードが一致しません");
        _setValue(form.repeated, "a good long passphrase");
        _click(form.change);
        NotificationsKt.expectNotifications("パスワードを変更しました");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .noneMatch(a -> a.getAuthority().equals(AppRoles.PASSWORD_CHANGE_REQUIRED));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isNotEqualTo("password");
        assertThat(myAccount.mine().mustChangePassword()).isFalse();
    }

    @Test
    void the_profile_keeps_contact_and_language_and_refuses_a_bad_phone_beside_the_field() {
        String person = TestData.unique("prof");
        users.create(person, "profile-pass-12", "プロフィール 花", AppRoles.INTERMEDIARY);
        login(person, AppRoles.INTERMEDIARY);
        navigate("profile");
        ProfileView profile = _get(ProfileView.class);
        _setValue(profile.phone, "12-34");
        _click(profile.save);
        assertThat(profile.phone.getErrorMessage()).isEqualTo("電話番号は 054-123-4567 の形式で入力してください");
        assertThat(myAccount.mine().phone()).isNull();
        _setValue(profile.phone, "054-123-4567");
        _setValue(profile.email, "hana@example.jp");
        _click(profile.save);
        assertThat(myAccount.mine().phone()).isEqualTo("054-123-4567");
        assertThat(myAccount.mine().email()).isEqualTo("hana@example.jp");
    }

    private void loginWithTemporaryPassword(String username, String role) {
        login(username, role);
        var auth = UsernamePasswordAuthenticationToken.authenticated(
                username,
                null,
                List.of(
                        new SimpleGrantedAuthority("ROLE_" + role),
                        new SimpleGrantedAuthority(AppRoles.PASSWORD_CHANGE_REQUIRED)));
        SecurityContextHolder.getContext().setAuthentication(auth);
    }
}
