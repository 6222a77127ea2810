package jp.tsunagu.questions;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findByDealIdOrderByAskedAt(long dealId);

    List<Question> findByDealIdAndStateOrderByAnsweredAt(long dealId, QuestionState state);

    List<Question> findByDealIdAndAskedByOrderByAskedAt(long dealId, String askedBy);

    boolean existsByDealIdAndStateAndIdNot(long dealId, QuestionState state, long id);
}
