package jp.tsunagu.assignment.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.assignment.Candidate;
import jp.tsunagu.assignment.WageTierOutlook;
import jp.tsunagu.assignment.WageTierOutlook.Outlook;

/**
 * The ranked facilities: score, name, why, what the job does to its wage tier, and the share typed for it. A row's
 * click picks or unpicks it; the intermediary may put the facilities that the job lifts over a band first.
 */
class CandidateGrid extends Grid<Candidate> {

    private final Map<Long, IntegerField[]> shares = new HashMap<>();
    private final WageTierOutlook outlook;
    private final long dealId;
    private Map<Long, Outlook> outlooks = Map.of();
    private List<Candidate> ranked = List.of();
    final Checkbox favourLift = new Checkbox();

    CandidateGrid(WageTierOutlook outlook, long dealId) {
        this.outlook = outlook;
        this.dealId = dealId;
        setId("candidates");
        setSelectionMode(SelectionMode.MULTI);
        // Every reason readable: the cells wrap rather than cut the text off.
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(Candidate::score)
                .setHeader(getTranslation("assignment.score"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(Candidate::name)
                .setHeader(getTranslation("assignment.facility"))
                .setFlexGrow(2);
        addColumn(c -> CandidateReasons.of(c, this))
                .setHeader(getTranslation("assignment.why"))
                .setFlexGrow(4);
        addComponentColumn(c -> TierText.badge(outlooks.get(c.facilityId()), this))
                .setHeader(getTranslation("tier.column"))
                .setKey("tier")
                .setFlexGrow(3);
        addComponentColumn(c -> named(shareFields(c.facilityId())[0], c, "assignment.share.quantity"))
                .setHeader(getTranslation("assignment.share.quantity"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(c -> named(shareFields(c.facilityId())[1], c, "assignment.share.hours"))
                .setHeader(getTranslation("assignment.share.hours"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        setAllRowsVisible(true);
        addItemClickListener(e -> {
            if (getSelectedItems().contains(e.getItem())) {
                deselect(e.getItem());
            } else {
                select(e.getItem());
            }
        });
        favourLift.setLabel(getTranslation("tier.favour"));
        favourLift.setId("favour-lift");
        favourLift.addValueChangeListener(e -> order());
    }

    /** Shows a new ranking with what the job does to each facility's wage band (read once per ranking). */
    void show(List<Candidate> candidates) {
        ranked = candidates;
        outlooks = outlook.forDeal(
                dealId, candidates.stream().map(Candidate::facilityId).toList());
        order();
    }

    /** In rank order; with the box ticked, the facilities the job lifts over a band or to its target come first. */
    private void order() {
        if (!favourLift.getValue()) {
            setItems(ranked);
            return;
        }
        setItems(ranked.stream()
                .sorted(Comparator.comparing((Candidate c) -> {
                    Outlook o = outlooks.get(c.facilityId());
                    return o == null || !(o.movesUp() || o.targetReached());
                }))
                .toList());
    }

    /** The share typed for a facility: quantity and hours a month. */
    IntegerField[] shareFields(long facilityId) {
        return shares.computeIfAbsent(facilityId, CandidateGrid::newShare);
    }

    Map<Long, IntegerField[]> shares() {
        return shares;
    }

    /** A share field is named for a screen reader by its facility and column, which the sighted read off the row. */
    private IntegerField named(IntegerField field, Candidate c, String columnKey) {
        field.setAriaLabel(c.name() + " " + getTranslation(columnKey));
        return field;
    }

    private static IntegerField[] newShare(long id) {
        IntegerField q = new IntegerField();
        q.setWidth("7em");
        q.setId("share-quantity-" + id);
        IntegerField h = new IntegerField();
        h.setWidth("6em");
        h.setId("share-hours-" + id);
        return new IntegerField[] {q, h};
    }
}
