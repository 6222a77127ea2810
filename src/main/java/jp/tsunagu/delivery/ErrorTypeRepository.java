package jp.tsunagu.delivery;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ErrorTypeRepository extends JpaRepository<ErrorType, String> {

    List<ErrorType> findAllByOrderBySortOrderAscCodeAsc();
}
