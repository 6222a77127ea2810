package jp.tsunagu.demo;

import jp.tsunagu.base.EmbeddedDatabaseConfig;
import jp.tsunagu.base.EmbeddedDatabaseConfig.EmbeddedDatabase;
import jp.tsunagu.base.TsunaguProperties;
import jp.tsunagu.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data once, on the first start against an empty database: on the embedded database by
 * default, on a configured one only with {@code tsunagu.demo-data=true}. Prints the demo logins.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final String setting;
    private final ObjectProvider<EmbeddedDatabase> embedded;
    private final UserDirectory users;
    private final DemoScenario scenario;

    DemoDataLoader(
            TsunaguProperties props,
            ObjectProvider<EmbeddedDatabase> embedded,
            UserDirectory users,
            DemoScenario scenario) {
        String setting = props.demoData();
        this.setting = setting;
        this.embedded = embedded;
        this.users = users;
        this.scenario = scenario;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!EmbeddedDatabaseConfig.demoDataWanted(setting, embedded.getIfAvailable() != null)) {
            return;
        }
        if (users.isEmpty()) {
            log.info("Loading demo data (first start)…");
            scenario.load();
        }
        // An office's own first admin came first: its database holds no demo user, and none is printed.
        if (!users.exists(DemoStories.USERS.get(0).username())) {
            return;
        }
        StringBuilder logins = new StringBuilder("\n\n  Demo logins (password for all: ")
                .append(DemoScenario.PASSWORD)
                .append(")\n");
        for (DemoStories.DemoUser u : DemoStories.USERS) {
            logins.append(String.format("    %-14s %-13s %s%n", u.role(), u.username(), u.displayName()));
        }
        log.info("{}", logins);
    }
}
