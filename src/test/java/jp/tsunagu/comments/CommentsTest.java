package jp.tsunagu.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.notification.NoticeItem;
import jp.tsunagu.notification.NotificationService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Comments on a deal: a named colleague hears of it with a link to the deal; a name nobody has is refused. */
@TsunaguTest
class CommentsTest {

    @Autowired
    TestData data;

    @Autowired
    CommentService comments;

    @Autowired
    NotificationService notifications;

    @Autowired
    UserDirectory users;

    @AfterEach
    void logout() {
        TestData.logout();
    }

    @Test
    void naming_a_colleague_tells_them_and_an_unknown_name_is_refused_with_nothing_posted() {
        String director = TestData.unique("cdir");
        String staff = TestData.unique("cstaff");
        String facility = TestData.unique("cfac");
        users.create(director, "comment-pass-1", "田中 一郎", AppRoles.DIRECTOR);
        users.create(staff, "comment-pass-1", "鈴木 花子", AppRoles.INTERMEDIARY);
        users.create(facility, "comment-pass-1", "ひまわり 職員", AppRoles.FACILITY);
        TestData.actAs(director, AppRoles.DIRECTOR);
        long dealId = data.deal(TestData.unique("コメントの案件"), WorkCategory.PC);

        assertThatThrownBy(() -> comments.post(dealId, "@nobody-here 確認お願いします")).hasMessage("comment.mention.unknown");
        assertThatThrownBy(() -> comments.post(dealId, "@" + facility + " 確認お願いします"))
                .hasMessage("comment.mention.unknown");
        assertThatThrownBy(() -> comments.post(dealId, "   ")).hasMessage("comment.text.required");
        assertThat(comments.of(dealId)).isEmpty();

        CommentRow row = comments.post(dealId, "@" + staff + " 納期を顧客に確認しました。連絡先は info@example.jp です");
        assertThat(row.mentioned()).containsExactly(staff);
        assertThat(row.authorName()).isEqualTo("田中 一郎");

        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        NoticeItem notice = notifications.page(0, 1, Locale.JAPANESE).get(0);
        assertThat(notice.kind()).isEqualTo("MENTION");
        assertThat(notice.text()).startsWith("田中 一郎 さんが「").contains("納期を顧客に確認しました");
        assertThat(notice.link()).isEqualTo("/deals/" + dealId);
        assertThat(comments.of(dealId)).singleElement().satisfies(c -> assertThat(c.text())
                .contains("納期"));
    }
}
