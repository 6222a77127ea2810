package jp.tsunagu.assignment.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tsunagu.assignment.Candidate;
import jp.tsunagu.base.ui.Formats;

/** Why a facility ranks where it does, in the words of the workspace's list: skills, people, free time, quality. */
final class CandidateReasons {

    private CandidateReasons() {}

    /** The reasons joined as one line, in the language of {@code t}. */
    static String of(Candidate c, Component t) {
        List<String> reasons = new ArrayList<>();
        if (c.skillsAsked() > 0) {
            reasons.add(t.getTranslation("assignment.why.skills", c.skillsHad(), c.skillsAsked()));
        }
        reasons.add(
                c.coversWorkers()
                        ? t.getTranslation("assignment.why.workers", c.workers())
                        : t.getTranslation("assignment.why.workersPart", c.workers(), c.workersNeeded()));
        reasons.add(t.getTranslation("assignment.why.free", c.freeHours(), c.capacityHours()));
        reasons.add(t.getTranslation("assignment.why.start", Formats.date(c.earliestStart())));
        if (c.errorRate() != null) {
            reasons.add(t.getTranslation("assignment.why.quality", String.format(Locale.ROOT, "%.2f", c.errorRate())));
        }
        if (c.answerHours() != null) {
            reasons.add(t.getTranslation("assignment.why.answers", Math.round(c.answerHours())));
        }
        if (c.sameTown()) {
            reasons.add(t.getTranslation("assignment.why.town"));
        }
        if (c.hub()) {
            reasons.add(t.getTranslation("assignment.why.hub"));
        }
        return String.join("・", reasons);
    }
}
