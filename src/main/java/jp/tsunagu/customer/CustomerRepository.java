package jp.tsunagu.customer;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    @Query("select new jp.tsunagu.customer.CustomerOption(c.id, c.name) from Customer c "
            + "where lower(c.name) like lower(concat('%', :filter, '%')) order by c.name")
    List<CustomerOption> findOptions(@Param("filter") String filter, Pageable pageable);

    @Query("select count(c) from Customer c where lower(c.name) like lower(concat('%', :filter, '%'))")
    long countOptions(@Param("filter") String filter);
}
