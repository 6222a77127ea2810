package jp.tsunagu.requirements;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequirementSheetRepository extends JpaRepository<RequirementSheet, Long> {}
