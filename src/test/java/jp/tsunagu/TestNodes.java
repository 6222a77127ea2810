package jp.tsunagu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Starts a whole application node (own Tomcat on a free port, own process engine with its job executor) on a given
 * database, for the multi-node and fault tests. Command-line arguments, so they win over -Ppostgres system properties.
 */
public final class TestNodes {

    private TestNodes() {}

    /**
     * Starts a node. Each node's Vaadin security makes its own context-holder strategy the JVM's static one; the
     * strategy in force before is put back, so that the shared test context's {@code TestData.actAs} still reaches
     * its own method security after a test that starts nodes.
     */
    public static ConfigurableApplicationContext start(String databaseUrl, String... extra) {
        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        try {
            return new SpringApplicationBuilder(Application.class)
                    .web(WebApplicationType.SERVLET)
                    .run(arguments(databaseUrl, extra).toArray(String[]::new));
        } finally {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }

    /** Starts the only node of a child JVM: its security strategy stays the JVM's, as in production. */
    public static ConfigurableApplicationContext startAlone(String databaseUrl, String... extra) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run(arguments(databaseUrl, extra).toArray(String[]::new));
    }

    /** The command line of a node on this database; an extra {@code --name=value} replaces the default of that name. */
    public static List<String> arguments(String databaseUrl, String... extra) {
        Map<String, String> args = new LinkedHashMap<>();
        for (String arg : List.of(
                "--server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--tsunagu.demo-data=false",
                "--camunda.bpm.job-execution.enabled=true",
                "--tsunagu.admin.user=nodeadmin",
                "--tsunagu.admin.password=node-admin-password-1",
                "--tsunagu.kpi.rollup-delay=PT1H",
                "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false")) {
            args.put(arg.substring(0, arg.indexOf('=')), arg);
        }
        for (String arg : extra) {
            args.put(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg, arg);
        }
        return new ArrayList<>(args.values());
    }

    /**
     * The start of a command line for a child JVM on this test classpath, which goes in a file (it is too long for
     * one); the caller adds the main class and its arguments.
     */
    public static List<String> childJvm(String... options) throws IOException {
        Path classpath = Files.createTempFile("tsunagu-node", ".classpath");
        Files.writeString(classpath, System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(options));
        command.addAll(List.of("-cp", "@" + classpath));
        return command;
    }
}
