package jp.tsunagu.requirements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinimumWageRepository extends JpaRepository<MinimumWage, MinimumWage.Key> {

    Optional<MinimumWage> findFirstByPrefectureAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(
            String prefecture, LocalDate day);

    Optional<MinimumWage> findFirstByPrefectureOrderByEffectiveFromDesc(String prefecture);

    List<MinimumWage> findAllByOrderByPrefectureAscEffectiveFromDesc();
}
