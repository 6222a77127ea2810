package jp.tsunagu.facility;

import org.springframework.data.jpa.repository.JpaRepository;

interface FacilityRepository extends JpaRepository<Facility, Long> {}
