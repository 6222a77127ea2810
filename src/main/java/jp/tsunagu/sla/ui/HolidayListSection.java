package jp.tsunagu.sla.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.base.ui.Uploads;
import jp.tsunagu.security.CurrentUser;
import jp.tsunagu.sla.HolidayService;
import jp.tsunagu.sla.HolidayService.ListInfo;
import jp.tsunagu.sla.Holidays;

/**
 * The national holiday list the calendars count with: up to when it holds (a warning from 90 days before it runs
 * out), and the admin's upload of the Cabinet Office's newer {@code syukujitsu.csv}.
 */
class HolidayListSection extends VerticalLayout {

    final Paragraph state = new Paragraph();
    final Div warning = new Div();
    final Upload upload;

    HolidayListSection(HolidayService holidays, CurrentUser currentUser) {
        setPadding(false);
        state.setId("holiday-list-state");
        warning.setId("holiday-list-warning");
        warning.addClassName("warning-text");
        upload = Uploads.csv(
                "holiday-upload",
                Holidays.MAX_BYTES,
                bytes -> {
                    try {
                        ListInfo info = holidays.load(new ByteArrayInputStream(bytes), currentUser.username());
                        Notifications.success(getTranslation(
                                "holidays.loaded",
                                info.days(),
                                String.valueOf(info.coversUntil().getYear())));
                    } catch (UserFacingException refusal) {
                        Notifications.error(getTranslation(refusal.messageKey(), refusal.params()));
                    } catch (IOException e) {
                        Notifications.error(getTranslation("import.unreadable"));
                    }
                    show(holidays);
                },
                this::getTranslation);
        add(
                new H2(getTranslation("holidays.title")),
                state,
                warning,
                new Paragraph(getTranslation("holidays.explain")),
                upload);
        show(holidays);
    }

    private void show(HolidayService holidays) {
        ListInfo info = holidays.info();
        state.setText(getTranslation(
                "holidays.state", Formats.date(info.coversUntil()), info.days(), Formats.dateTime(info.loadedAt())));
        var runningOut = holidays.runningOut();
        warning.setVisible(runningOut.isPresent());
        runningOut.ifPresent(until -> warning.setText(getTranslation("holidays.runningOut", Formats.date(until))));
    }
}
