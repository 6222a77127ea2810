package jp.tsunagu.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import java.util.Locale;

/** Date pickers that write and read dates as the office does (2026/11/21), with Japanese labels. */
public final class DatePickers {

    private DatePickers() {}

    public static DatePicker create(String label, Locale uiLocale) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(Locale.JAPAN);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("yyyy/MM/dd", "yyyy-MM-dd", "yyyyMMdd");
        i18n.setFirstDayOfWeek(0);
        if (Locale.ENGLISH.getLanguage().equals(uiLocale.getLanguage())) {
            i18n.setMonthNames(List.of(
                    "January",
                    "February",
                    "March",
                    "April",
                    "May",
                    "June",
                    "July",
                    "August",
                    "September",
                    "October",
                    "November",
                    "December"));
            i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
            i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
            i18n.setToday("Today");
            i18n.setCancel("Cancel");
            i18n.setBadInputErrorMessage("Enter a date as 2026/11/21");
        } else {
            i18n.setMonthNames(List.of("1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"));
            i18n.setWeekdays(List.of("日曜日", "月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"));
            i18n.setWeekdaysShort(List.of("日", "月", "火", "水", "木", "金", "土"));
            i18n.setToday("今日");
            i18n.setCancel("キャンセル");
            i18n.setBadInputErrorMessage("日付は 2026/11/21 の形式で入力してください");
        }
        picker.setI18n(i18n);
        return picker;
    }
}
