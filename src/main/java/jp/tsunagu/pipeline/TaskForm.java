package jp.tsunagu.pipeline;

import com.vaadin.flow.component.Component;

/**
 * The form that completes a task when the generic decision form is not enough: a delivery records its
 * quantity, an inspection its errors. Another feature contributes it; the task page shows it in place of
 * the decision buttons for the tasks it {@link #handles}.
 */
public interface TaskForm {

    boolean handles(PipelineTask task);

    /** Builds the form for one open task; {@code done} is called once the task is completed. */
    Component create(OpenTask task, Runnable done);
}
