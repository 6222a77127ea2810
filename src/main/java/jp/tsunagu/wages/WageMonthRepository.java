package jp.tsunagu.wages;

import org.springframework.data.jpa.repository.JpaRepository;

interface WageMonthRepository extends JpaRepository<WageMonth, WageMonth.Key> {}
