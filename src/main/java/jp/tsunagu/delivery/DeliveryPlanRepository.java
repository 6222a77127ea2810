package jp.tsunagu.delivery;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliveryPlanRepository extends JpaRepository<DeliveryPlan, Long> {}
