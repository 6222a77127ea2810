package jp.tsunagu.facility;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SkillRepository extends JpaRepository<Skill, Long> {

    List<Skill> findByActiveTrueOrderById();
}
