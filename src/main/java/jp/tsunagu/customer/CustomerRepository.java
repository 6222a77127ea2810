package jp.tsunagu.customer;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    @Query("select new jp.tsunagu.customer.CustomerOption(c.id, c.name) from Customer c "
            + "where lower(c.name) like lower(concat('%', :filter, '%')) "
            + "or lower(coalesce(c.kana, '')) like lower(concat('%', :filter, '%')) order by c.sortKey, c.id")
    List<CustomerOption> findOptions(@Param("filter") String filter, Pageable pageable);

    @Query("select count(c) from Customer c where lower(c.name) like lower(concat('%', :filter, '%')) "
            + "or lower(coalesce(c.kana, '')) like lower(concat('%', :filter, '%'))")
    long countOptions(@Param("filter") String filter);

    /** Possible duplicates: the same name key, one name key inside the other, or the same phone digits. */
    @Query("select c from Customer c where c.nameKey = :key "
            + "or (length(:key) >= 3 and (c.nameKey like concat('%', :key, '%') "
            + "    or :key like concat('%', c.nameKey, '%'))) "
            + "or (:phone is not null and c.phoneDigits = :phone) order by c.sortKey, c.id")
    List<Customer> findSimilar(@Param("key") String key, @Param("phone") String phone, Pageable pageable);

    @Query("select c from Customer c where (:text = '' or lower(c.name) like concat('%', :text, '%') "
            + "or lower(coalesce(c.kana, '')) like concat('%', :text, '%') "
            + "or lower(coalesce(c.industry, '')) like concat('%', :text, '%')) "
            + "and (:director is null or c.director = :director)")
    List<Customer> findPage(@Param("text") String text, @Param("director") String director, Pageable pageable);

    @Query("select count(c) from Customer c where (:text = '' or lower(c.name) like concat('%', :text, '%') "
            + "or lower(coalesce(c.kana, '')) like concat('%', :text, '%') "
            + "or lower(coalesce(c.industry, '')) like concat('%', :text, '%')) "
            + "and (:director is null or c.director = :director)")
    long countPage(@Param("text") String text, @Param("director") String director);

    List<Customer> findByNameKeyIn(Collection<String> keys);
}
