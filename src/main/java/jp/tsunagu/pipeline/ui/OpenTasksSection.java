package jp.tsunagu.pipeline.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.pipeline.InboxTask;
import jp.tsunagu.pipeline.TaskInboxService;

/** At the top of the deal page: the deal's open tasks the user may work on, one click away. */
@org.springframework.stereotype.Component
class OpenTasksSection implements DealPageSection {

    private final TaskInboxService inbox;

    OpenTasksSection(TaskInboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public int order() {
        return -10;
    }

    @Override
    public com.vaadin.flow.component.Component create(DealDetails deal) {
        Div section = new Div();
        section.addClassName("open-tasks");
        for (InboxTask task : inbox.openTasksOf(deal.id())) {
            Anchor link = new Anchor(
                    "tasks/" + task.taskId(),
                    section.getTranslation("deal.openTask", section.getTranslation("stage." + task.stage())));
            link.addClassName("open-task-link");
            section.add(link);
        }
        return section;
    }
}
