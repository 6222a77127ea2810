package jp.tsunagu.tier.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import jp.tsunagu.tier.AverageWage;
import jp.tsunagu.tier.RewardBands;
import jp.tsunagu.tier.Standing;
import jp.tsunagu.tier.WageTiers;
import jp.tsunagu.wages.LedgerRow;
import jp.tsunagu.wages.WageLedger;

/**
 * A facility's average monthly wage, by the formula with its own figures, the reward band it earns and how far the
 * next band and its own target are; below, the figures to enter (once, and per month) for those who may.
 */
class WageTierPanel extends VerticalLayout {

    private final WageTiers tiers;
    private final WageLedger ledger;
    private final long facilityId;
    private final Div cards = new Div();

    WageTierPanel(WageTiers tiers, WageLedger ledger, long facilityId, boolean mayEnter) {
        this.tiers = tiers;
        this.ledger = ledger;
        this.facilityId = facilityId;
        setPadding(false);
        setId("wage-tier");
        cards.addClassName("tier-cards");
        Paragraph explain = new Paragraph(getTranslation("tier.explain"));
        explain.addClassName("muted");
        add(new H3(getTranslation("tier.title")), explain, cards);
        if (mayEnter) {
            add(new TierEntryForms(tiers, facilityId, this::refresh));
        }
        refresh();
    }

    void refresh() {
        cards.removeAll();
        Standing s = tiers.standing(facilityId);
        AverageWage year = s.year();
        if (s.monthly() == null) {
            cards.add(card("tier.figure", getTranslation("tier.figure.none"), null, "tier-figure"));
        } else {
            cards.add(card(
                    "tier.figure",
                    "¥" + yen(s.monthly()),
                    getTranslation(
                            "tier.formula",
                            yen(year.wagesPaid()),
                            yen(year.userDays()),
                            yen(year.daysOpen()),
                            year.months(),
                            yen(s.monthly())),
                    "tier-figure"));
        }
        if (s.monthly() != null) {
            cards.add(throughTsunagu(year));
        }
        if (s.profile() == null) {
            cards.add(card("tier.band", getTranslation("tier.band.noProfile"), null, "tier-band"));
        } else if (s.table() == null) {
            cards.add(card("tier.band", getTranslation("tier.band.noTable"), null, "tier-band"));
        } else if (s.band().isPresent()) {
            RewardBands.Band band = s.band().get();
            String range = s.table()
                    .upTo(band)
                    .map(up -> getTranslation("tier.band.range", yen(band.wageFrom()), yen(up), band.units()))
                    .orElseGet(() -> getTranslation("tier.band.value", yen(band.wageFrom()), "", band.units()));
            cards.add(card("tier.band", range, s.table().name(), "tier-band"));
            cards.add(card(
                    "tier.next",
                    s.toNextBand()
                            .map(gap -> getTranslation("tier.next.value", yen(gap), yen(yearly(gap, year))))
                            .orElseGet(() -> getTranslation("tier.next.top")),
                    null,
                    "tier-next"));
        }
        if (s.profile() != null && s.profile().wageTarget() != null && s.monthly() != null) {
            String text = s.toTarget()
                    .map(gap -> getTranslation("tier.target.value", yen(gap)))
                    .orElseGet(() -> getTranslation(
                            "tier.target.reached",
                            yen(s.profile().wageTarget()),
                            s.table() == null ? 0 : s.table().targetBonusUnits()));
            cards.add(card("tier.target.label", text, null, "tier-target"));
        }
    }

    /**
     * Of the wages paid in the months the figure covers, what came through Tsunagu: the wage ledger's accepted work
     * of the same months, the figure the ledger and the KPI show.
     */
    private Div throughTsunagu(AverageWage year) {
        List<WageTiers.Month> months = tiers.months(facilityId);
        YearMonth to = months.get(0).month();
        YearMonth from = months.get(Math.min(12, months.size()) - 1).month();
        long paid = ledger.ledger(from, to, facilityId).stream()
                .filter(r -> r.month() == null && r.facilityId() == facilityId)
                .mapToLong(LedgerRow::paid)
                .sum();
        long share = year.wagesPaid() == 0 ? 0 : Math.round(100.0 * paid / year.wagesPaid());
        return card(
                "tier.ours",
                "¥" + yen(paid),
                getTranslation("tier.ours.note", month(from), month(to), share),
                "tier-ours");
    }

    /** Wages a year that lift the average by {@code gap} a month: gap × users a day × 12. */
    private static long yearly(long gap, AverageWage year) {
        return BigDecimal.valueOf(gap)
                .multiply(year.usersPerDay())
                .multiply(BigDecimal.valueOf(12))
                .setScale(0, RoundingMode.CEILING)
                .longValue();
    }

    private Div card(String labelKey, String value, String note, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("tier-card-label");
        Span figure = new Span(value);
        figure.addClassName("tier-card-value");
        Div card = new Div(label, figure);
        if (note != null) {
            Span small = new Span(note);
            small.addClassName("tier-card-note");
            card.add(small);
        }
        card.addClassName("tier-card");
        card.setId(id);
        return card;
    }

    private static String month(YearMonth m) {
        return String.format("%d/%02d", m.getYear(), m.getMonthValue());
    }

    static String yen(long amount) {
        return String.format("%,d", amount);
    }
}
