package jp.tsunagu.facility;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** The facility registry; the capability survey and matching come with their own issue. */
@Service
public class FacilityService {

    private final FacilityRepository facilities;
    private final Clock clock;

    FacilityService(FacilityRepository facilities, Clock clock) {
        this.facilities = facilities;
        this.clock = clock;
    }

    @Transactional
    public Facility register(String name, String corporation, FacilityType type, String municipality) {
        return facilities.save(new Facility(name, corporation, type, municipality, clock.instant()));
    }

    @Transactional(readOnly = true)
    public long count() {
        return facilities.count();
    }
}
