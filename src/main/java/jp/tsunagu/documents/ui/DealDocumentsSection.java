package jp.tsunagu.documents.ui;

import com.vaadin.flow.component.Component;
import jp.tsunagu.deal.DealDetails;
import jp.tsunagu.deal.DealPageSection;
import jp.tsunagu.deal.DealStage;
import jp.tsunagu.deal.DealStatus;
import jp.tsunagu.documents.DocumentService;

/**
 * The deal's documents on its page and on every task of it: the procedure, samples, source data, deliverables and
 * error sheets in one place, instead of forwarded by mail.
 */
@org.springframework.stereotype.Component
class DealDocumentsSection implements DealPageSection {

    private final DocumentService documents;

    DealDocumentsSection(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public boolean showOnTask(DealStage stage) {
        return stage != DealStage.LEAD;
    }

    @Override
    public Component create(DealDetails deal) {
        DocumentsPanel panel = DocumentsPanel.ofDeal(documents, deal.id(), deal.status() == DealStatus.OPEN)
                .withHeading("document.title");
        panel.setId("documents");
        return panel;
    }
}
