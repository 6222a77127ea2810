package jp.tsunagu;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Starts a whole application node (own Tomcat on a free port, own process engine with its job executor) on a given
 * database, for the multi-node and fault tests. Command-line arguments, so they win over -Ppostgres system properties.
 */
public final class TestNodes {

    private TestNodes() {
    }

    public static ConfigurableApplicationContext start(String databaseUrl, String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--tsunagu.demo-data=false", "--camunda.bpm.job-execution.enabled=true",
                "--tsunagu.kpi.rollup-delay=PT1H", "--spring.main.banner-mode=off", "--spring.jmx.enabled=false"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET)
                .run(args.toArray(String[]::new));
    }
}
