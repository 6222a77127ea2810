package jp.tsunagu;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Tsunagu (つなぐ): a CRM whose BPMN pipeline carries each deal from lead to QA, with the hand-offs
 * between the company and the intermediary tracked on the way.
 */
@SpringBootApplication
@Theme("tsunagu")
public class Application implements AppShellConfigurator {

    /** Japan time: every date a user sees or enters, every business day, every scheduled job. */
    public static final String ZONE = "Asia/Tokyo";

    public static final ZoneId TOKYO = ZoneId.of(ZONE);

    public static void main(String[] args) {
        // Everything the users see is Japan time; fix it before any date is formatted or stored.
        TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
        SpringApplication.run(Application.class, args);
    }
}
