package jp.tsunagu.pipeline.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import jp.tsunagu.KaribuTest;
import jp.tsunagu.LitCells;
import jp.tsunagu.TestData;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.InboxTask;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class TaskInboxViewTest extends KaribuTest {

    @Autowired
    TestData data;

    String director;
    String tag;

    @BeforeEach
    void logIn() {
        director = TestData.unique("dir");
        tag = TestData.unique("受信箱");
        login(director, AppRoles.DIRECTOR);
    }

    @Test
    void a_director_finds_a_new_deal_in_the_group_tab_and_claims_it_into_their_own() {
        data.deal(tag + " データ入力", WorkCategory.PC);
        navigate("tasks");
        TaskInboxView view = _get(TaskInboxView.class);
        assertThat(view.mineTab.getLabel()).isEqualTo("自分のタスク（0）");

        view.tabs.setSelectedTab(view.groupTab);
        _setValue(view.search, tag);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        InboxTask row = GridKt._get(view.grid, 0);
        assertThat(row.dealTitle()).isEqualTo(tag + " データ入力");
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("PC作業");

        assertThat(LitCells.template(view.grid, "actions")).contains(">引き受ける</vaadin-button>");
        assertThat(LitCells.value(view.grid, 0, "actions", "claimable")).isEqualTo(true);
        LitCells.call(view.grid, 0, "actions", "claim");

        NotificationsKt.expectNotifications("「" + tag + " データ入力」を引き受けました");
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.mineTab.getLabel()).isEqualTo("自分のタスク（1）");
        view.tabs.setSelectedTab(view.mineTab);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(LitCells.value(view.grid, 0, "actions", "claimable")).isEqualTo(false);
    }

    @Test
    void a_search_that_matches_nothing_shows_an_empty_inbox_not_an_error() {
        navigate("tasks");
        TaskInboxView view = _get(TaskInboxView.class);
        _setValue(view.search, "該当なし" + tag);
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("表示するタスクはありません。");
    }
}
