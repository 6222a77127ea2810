package jp.tsunagu.faults;

import jp.tsunagu.TestData;
import jp.tsunagu.TestNodes;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default run's app on its own embedded database in a data folder, writing deals on four threads until it is
 * killed, printing "COMMITTED deal" after each commit. Started as a child JVM by {@link EmbeddedCrashFaultIT}.
 */
public final class EmbeddedCrashNode {

    private EmbeddedCrashNode() {}

    public static void main(String[] args) {
        ConfigurableApplicationContext node = TestNodes.startAlone("", EmbeddedCrashFaultIT.embeddedArguments(args[0]));
        TestData data = node.getBean(TestData.class);
        System.out.println("READY");
        for (int t = 0; t < 4; t++) {
            int thread = t;
            new Thread(() -> {
                        TestData.actAs("crash-dir-" + thread, AppRoles.DIRECTOR);
                        for (int i = 0; ; i++) {
                            System.out.println("COMMITTED " + data.deal("強制終了 " + thread + "-" + i, WorkCategory.PC));
                        }
                    })
                    .start();
        }
    }
}
