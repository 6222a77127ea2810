package jp.tsunagu.requirements.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import jp.tsunagu.requirements.RequirementsForm;

/**
 * The requirements editor's fields bound to the form: each rule of {@code RequirementsForm} shows beside its field,
 * and the rules between fields (a unit with a volume, a basis with a price, the dates in order) beside the later one.
 */
final class RequirementsBinding {

    private RequirementsBinding() {}

    static void bind(RequirementsEditor e, BeanValidationBinder<RequirementsForm> binder) {
        binder.forField(e.description).withNullRepresentation("").bind("description");
        binder.forField(e.volume).bind("volume");
        binder.forField(e.volumeUnit)
                .withValidator((v, c) -> e.volume.getValue() != null && v == null
                        ? ValidationResult.error(e.getTranslation("req.volumeUnit.required"))
                        : ValidationResult.ok())
                .bind("volumeUnit");
        binder.forField(e.workers).bind("workersNeeded");
        binder.forField(e.staff).bind("staffNeeded");
        binder.forField(e.facilitiesNeeded).bind("facilitiesNeeded");
        binder.forField(e.errorRate).bind("acceptedErrorRate");
        binder.forField(e.startOn).bind("startOn");
        var assignByBinding = binder.forField(e.assignBy)
                .withValidator((v, c) -> v != null && e.startOn.getValue() != null && v.isAfter(e.startOn.getValue())
                        ? ValidationResult.error(e.getTranslation("req.assignBy.afterStart"))
                        : ValidationResult.ok())
                .bind("assignBy");
        var dueBinding = binder.forField(e.deliveryDueOn)
                .withValidator((v, c) -> v != null
                                && e.startOn.getValue() != null
                                && e.startOn.getValue().isAfter(v)
                        ? ValidationResult.error(e.getTranslation("req.start.afterDue"))
                        : ValidationResult.ok())
                .bind("deliveryDueOn");
        e.startOn.addValueChangeListener(changed -> {
            assignByBinding.validate();
            dueBinding.validate();
        });
        binder.forField(e.deliverySchedule).withNullRepresentation("").bind("deliverySchedule");
        binder.forField(e.format).withNullRepresentation("").bind("deliverableFormat");
        binder.forField(e.tools).withNullRepresentation("").bind("tools");
        binder.forField(e.nda).bind("ndaRequired");
        binder.forField(e.dataHandling).withNullRepresentation("").bind("dataHandling");
        binder.forField(e.unitPrice).bind("unitPrice");
        binder.forField(e.basis)
                .withValidator((v, c) -> e.unitPrice.getValue() != null && v == null
                        ? ValidationResult.error(e.getTranslation("req.basis.required"))
                        : ValidationResult.ok())
                .bind("pricingBasis");
        binder.forField(e.supporterPerHour).bind("supporterPerHour");
        binder.forField(e.fastPerHour).bind("fastPerHour");
        binder.forField(e.averagePerHour).bind("averagePerHour");
        binder.forField(e.slowPerHour).bind("slowPerHour");
        binder.forField(e.hoursPerDay).bind("hoursPerDay");
        binder.forField(e.daysPerMonth).bind("daysPerMonth");
        binder.forField(e.teamHours).bind("teamHoursPerDay");
        binder.forField(e.equivalents).bind("supporterEquivalents");
        binder.forField(e.waiting).bind(RequirementsForm::getWaiting, RequirementsForm::setWaiting);
    }
}
