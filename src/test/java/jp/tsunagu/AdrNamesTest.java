package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The design decisions speak of what exists: every class an ADR names (in back quotes) is a class of the project
 * or one it uses, and every table, column or index is in a migration.
 */
class AdrNamesTest {

    /** Names of other projects' classes and of tools an ADR may mention. */
    private static final Set<String> ELSEWHERE = Set.of(
            "ClockUtil",
            "BeanValidationBinder",
            "pg_ctl",
            "pg_dump",
            "pg_hba",
            "pg_backup_start",
            "pg_backup_stop",
            "initdb");

    private static final Pattern QUOTED = Pattern.compile("`([^`\\s]+)`");
    private static final Pattern CLASS = Pattern.compile("[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*");
    private static final Pattern SQL_NAME = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)+");

    @Test
    void every_class_and_table_an_adr_names_exists() throws IOException {
        Set<String> classes = new HashSet<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".java"))
                        .forEach(n -> classes.add(n.substring(0, n.length() - 5)));
            }
        }
        StringBuilder sql = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                sql.append(Files.readString(p).toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> adrs = Files.list(Path.of("docs/adr"))) {
            for (Path adr :
                    adrs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = QUOTED.matcher(Files.readString(adr));
                while (m.find()) {
                    String name = m.group(1).split("[.(#]")[0];
                    if (ELSEWHERE.contains(name)) {
                        continue;
                    }
                    boolean known = CLASS.matcher(name).matches()
                            ? classes.contains(name)
                            : !SQL_NAME.matcher(name).matches()
                                    || Pattern.compile("\\b" + name + "\\b")
                                            .matcher(sql)
                                            .find();
                    if (!known) {
                        missing.add(adr.getFileName() + ": " + name);
                    }
                }
            }
        }
        assertThat(missing).as("names in the ADRs that the code does not have").isEmpty();
    }
}
