package jp.tsunagu.documents.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import jp.tsunagu.deal.FacilityDealSection;
import jp.tsunagu.documents.DocumentService;

/** The documents shared with the facility, on its offer page right under the job, and under each of its jobs. */
@org.springframework.stereotype.Component
class FacilityDocumentsSection implements FacilityDealSection {

    private final DocumentService documents;

    FacilityDocumentsSection(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public boolean onJobs() {
        return true;
    }

    @Override
    public Component create(long dealId) {
        if (!documents.mayOpen(dealId)) {
            // An offer that ended: its documents are no longer the facility's to read.
            Div none = new Div();
            none.setVisible(false);
            return none;
        }
        DocumentsPanel panel = DocumentsPanel.ofDeal(documents, dealId, false).withHeading("document.title.facility");
        panel.addClassName("facility-documents");
        return panel;
    }
}
