package jp.tsunagu.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import jp.tsunagu.audit.AuditFilter;
import jp.tsunagu.audit.AuditKind;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.audit.AuditRow;
import jp.tsunagu.base.ui.DatePickers;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.AppUser;
import jp.tsunagu.security.UserDirectory;

/**
 * The audit log for supervisors and admins: who changed which deal, assignment or SLA policy, and who logged in
 * (or failed to), newest first, filtered by kind, person and dates. A deal's entries link to the deal.
 */
@Route("admin/audit")
@Menu(order = 99, icon = "vaadin:clipboard-text", title = "nav.audit")
@RolesAllowed({AppRoles.ADMIN, AppRoles.SUPERVISOR})
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLog audit;
    private final Grid<AuditRow> grid = new Grid<>();
    private final ComboBox<AuditKind> kind = new ComboBox<>();
    private final TextField actor = new TextField();
    private final DatePicker from;
    private final DatePicker to;
    private final Span count = new Span();

    private final UserDirectory users;

    AuditLogView(AuditLog audit, UserDirectory users) {
        this.audit = audit;
        this.users = users;
        from = DatePickers.create(getTranslation("audit.filter.from"), getLocale());
        to = DatePickers.create(getTranslation("audit.filter.to"), getLocale());
        setSizeFull();

        kind.setLabel(getTranslation("audit.filter.kind"));
        kind.setItems(AuditKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("audit.kind." + k));
        kind.setPlaceholder(getTranslation("audit.filter.allKinds"));
        kind.setClearButtonVisible(true);
        kind.setId("audit-kind");
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.setMaxLength(AppUser.USERNAME_MAX);
        actor.setId("audit-actor");
        kind.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        count.setId("audit-count");
        HorizontalLayout filters = new HorizontalLayout(kind, actor, from, to, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> Formats.dateTime(r.at()))
                .setHeader(getTranslation("audit.at"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("at");
        // The person's name, with the login an admin searches by.
        Map<String, String> names = new HashMap<>();
        grid.addColumn(r -> AuditLog.SYSTEM.equals(r.actor())
                        ? getTranslation("audit.system")
                        : names.computeIfAbsent(r.actor(), a -> {
                            String name = users.displayName(a);
                            return name.equals(a) ? a : name + "（" + a + "）";
                        }))
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("actor");
        grid.addColumn(r -> getTranslation("audit.kind." + r.kind()))
                .setHeader(getTranslation("audit.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("kind");
        grid.addComponentColumn(this::entity)
                .setHeader(getTranslation("audit.entity"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("entity");
        grid.addColumn(r -> getTranslation("audit.action." + r.action()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("action");
        grid.addColumn(AuditRow::detail)
                .setHeader(getTranslation("audit.detail"))
                .setFlexGrow(1)
                .setKey("detail")
                .setTooltipGenerator(AuditRow::detail);
        grid.setSizeFull();

        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters, grid);
        refresh();
    }

    private Component entity(AuditRow r) {
        if (r.dealId() != null) {
            return new Anchor("deals/" + r.dealId(), "#" + r.dealId());
        }
        return new Span(r.entityId() == null ? "" : "#" + r.entityId());
    }

    private void refresh() {
        AuditFilter filter = new AuditFilter(kind.getValue(), actor.getValue(), from.getValue(), to.getValue());
        grid.setItems(q -> audit.page(filter, q.getOffset(), q.getLimit()).stream(), q -> audit.count(filter));
        count.setText(getTranslation("audit.count", String.format("%,d", audit.count(filter))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
