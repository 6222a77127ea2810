package jp.tsunagu.deal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.audit.AuditRow;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.security.UserDirectory;

/** The deal page's change history: who created it, changed its owners, assigned facilities, lost or closed it. */
@org.springframework.stereotype.Component
class DealAuditSection implements DealPageSection {

    private final AuditLog audit;
    private final UserDirectory users;

    DealAuditSection(AuditLog audit, UserDirectory users) {
        this.audit = audit;
        this.users = users;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(DealDetails deal) {
        Div section = new Div();
        section.addClassName("audit-section");
        section.setWidthFull();
        section.add(new H3(section.getTranslation("audit.deal.title")));
        List<AuditRow> rows = audit.ofDeal(deal.id());
        if (rows.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("audit.deal.empty")));
            return section;
        }
        Map<String, String> names =
                users.displayNames(rows.stream().map(AuditRow::actor).distinct().toList());
        Grid<AuditRow> grid = new Grid<>();
        grid.setId("deal-audit");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> Formats.dateTime(r.at()))
                .setHeader(section.getTranslation("audit.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> actor(section, names, r.actor()))
                .setHeader(section.getTranslation("audit.actor"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> section.getTranslation("audit.action." + r.action()))
                .setHeader(section.getTranslation("audit.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRow::detail)
                .setHeader(section.getTranslation("audit.detail"))
                .setFlexGrow(1)
                .setTooltipGenerator(AuditRow::detail);
        grid.setWidthFull();
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 10);
        if (rows.size() > 10) {
            grid.setHeight("22em");
        }
        section.add(grid);
        return section;
    }

    static String actor(Component c, Map<String, String> names, String actor) {
        return AuditLog.SYSTEM.equals(actor) ? c.getTranslation("audit.system") : names.getOrDefault(actor, actor);
    }
}
