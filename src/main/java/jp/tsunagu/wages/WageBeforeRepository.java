package jp.tsunagu.wages;

import org.springframework.data.jpa.repository.JpaRepository;

interface WageBeforeRepository extends JpaRepository<WageBefore, Long> {}
