package jp.tsunagu.facility;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SkillRepository extends JpaRepository<Skill, Long> {

    List<Skill> findByActiveTrueOrderById();
}
