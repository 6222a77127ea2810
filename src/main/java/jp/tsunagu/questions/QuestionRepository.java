package jp.tsunagu.questions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findByDealIdOrderByAskedAt(long dealId);

    List<Question> findByDealIdAndStateOrderByAnsweredAt(long dealId, QuestionState state);

    List<Question> findByDealIdAndAskedByOrderByAskedAt(long dealId, String askedBy);

    boolean existsByDealIdAndStateAndIdNot(long dealId, QuestionState state, long id);
}
