package jp.tsunagu.requirements;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface MinimumWageRepository extends JpaRepository<MinimumWage, LocalDate> {

    Optional<MinimumWage> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate day);

    List<MinimumWage> findAllByOrderByEffectiveFromDesc();
}
