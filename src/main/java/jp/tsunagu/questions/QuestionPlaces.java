package jp.tsunagu.questions;

import java.util.Optional;
import jp.tsunagu.deal.Party;
import jp.tsunagu.documents.AttachedTo;
import jp.tsunagu.documents.AttachmentPlaces;
import jp.tsunagu.documents.Place;
import jp.tsunagu.security.UserDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A facility's question and its answer are that facility's and the office's; the office's questions the deal's. */
@Component
class QuestionPlaces implements AttachmentPlaces {

    private final QuestionRepository questions;
    private final UserDirectory users;

    QuestionPlaces(QuestionRepository questions, UserDirectory users) {
        this.questions = questions;
        this.users = users;
    }

    @Override
    public AttachedTo kind() {
        return AttachedTo.QUESTION;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Place> place(long id) {
        return questions
                .findById(id)
                .map(q -> new Place(
                        q.getDealId(),
                        q.getAskedParty() == Party.FACILITY
                                ? users.facilityOf(q.getAskedBy()).orElse(-1L)
                                : null));
    }
}
