package jp.tsunagu.faults;

import java.time.LocalDate;
import java.time.ZoneId;
import jp.tsunagu.Application;
import jp.tsunagu.TestData;
import jp.tsunagu.TestNodes;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.Completion;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.pipeline.TaskInboxService;
import jp.tsunagu.security.AppRoles;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node that works until it is killed: on four threads it creates deals and completes their lead tasks, every other
 * one into nurturing (a timer for tomorrow 09:00), printing "COMMITTED deal" after each commit. Started as a child
 * JVM by {@link CrashRecoveryFaultIT}, which kills it with SIGKILL in the middle.
 */
public final class CrashNode {

    private CrashNode() {}

    public static void main(String[] args) {
        ConfigurableApplicationContext node = TestNodes.startAlone(
                args[0],
                "--logging.level.root=error",
                "--camunda.bpm.deployment-resource-pattern=classpath:bpmn/*.bpmn");
        TestData data = node.getBean(TestData.class);
        TaskInboxService inbox = node.getBean(TaskInboxService.class);
        LocalDate tomorrow = LocalDate.now(ZoneId.of(Application.ZONE)).plusDays(1);
        System.out.println("READY");
        for (int t = 0; t < 4; t++) {
            int thread = t;
            new Thread(() -> {
                        TestData.actAs("crash-dir-" + thread, AppRoles.DIRECTOR);
                        for (int i = 0; ; i++) {
                            long deal = data.deal("クラッシュ " + thread + "-" + i, WorkCategory.PC);
                            String task = inbox.openTasksOf(deal).get(0).taskId();
                            long version = data.dealVersion(deal);
                            inbox.complete(
                                    task,
                                    i % 2 == 0
                                            ? new Completion(Outcome.NURTURE, null, null, tomorrow, version)
                                            : Completion.of(Outcome.READY, version));
                            System.out.println("COMMITTED " + deal);
                        }
                    })
                    .start();
        }
    }
}
