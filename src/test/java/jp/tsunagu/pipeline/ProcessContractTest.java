package jp.tsunagu.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.tsunagu.TsunaguTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The BPMN files and the code agree: every name an expression in a process uses is a process variable of
 * {@link ProcessVariables} or a bean the application has (a delegate, a due-date helper). (Some variables are read
 * by the code only, such as the breached task of an escalation.)
 */
@TsunaguTest
class ProcessContractTest {

    /** An expression's names: identifiers not after a dot, a quote or a digit. */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");

    private static final Pattern NAME = Pattern.compile("(?<![\\w.'])([a-zA-Z_]\\w*)(?![\\w'])");
    private static final Pattern ELEMENT_VARIABLE = Pattern.compile("camunda:elementVariable=\"(\\w+)\"");

    @Autowired
    ApplicationContext context;

    @Test
    void every_name_in_the_processes_is_a_known_process_variable_or_bean() throws IOException {
        Set<String> used = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path bpmn :
                    files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                String xml = Files.readString(bpmn);
                Matcher expression = EXPRESSION.matcher(xml);
                while (expression.find()) {
                    String body = expression.group(1).replaceAll("'[^']*'", "''");
                    Matcher name = NAME.matcher(body);
                    while (name.find()) {
                        used.add(name.group(1));
                    }
                }
                Matcher element = ELEMENT_VARIABLE.matcher(xml);
                while (element.find()) {
                    used.add(element.group(1));
                }
            }
        }
        for (String name : used) {
            if (!ProcessVariables.ALL.contains(name) && !context.containsBean(name)) {
                unknown.add(name);
            }
        }
        assertThat(unknown).as("names in the BPMN the code does not know").isEmpty();
        assertThat(used)
                .as("the variables the gateways, timers and multi-instances read")
                .contains(
                        ProcessVariables.OUTCOME,
                        ProcessVariables.NEXT_CONTACT_AT,
                        ProcessVariables.FACILITY_IDS,
                        ProcessVariables.ANSWER_DEADLINE,
                        ProcessVariables.BATCH_IDS,
                        ProcessVariables.MORE_CYCLES,
                        ProcessVariables.NEXT_CYCLE_AT);
    }
}
