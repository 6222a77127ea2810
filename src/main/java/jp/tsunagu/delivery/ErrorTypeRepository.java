package jp.tsunagu.delivery;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ErrorTypeRepository extends JpaRepository<ErrorType, String> {

    List<ErrorType> findAllByOrderBySortOrderAscCodeAsc();
}
