package jp.tsunagu.tier;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One dated table of reward bands: for an average monthly wage, the units a day per user, and the band above.
 *
 * @param name             the revision and service, as the admin named it
 * @param validFrom        the day it came into force
 * @param targetBonusUnits what reaching the facility's own wage target adds (目標工賃達成加算)
 * @param bands            every band, any order; one starts at 0
 */
public record RewardBands(long id, String name, LocalDate validFrom, int targetBonusUnits, List<Band> bands) {

    /** From {@code wageFrom} yen a month (inclusive) up to the next band's start: {@code units} a day per user. */
    public record Band(int wageFrom, int units) {}

    public RewardBands {
        bands = bands.stream().sorted(Comparator.comparingInt(Band::wageFrom)).toList();
    }

    /** The band a monthly wage falls in. */
    public Band of(long monthlyWage) {
        Band found = bands.get(0);
        for (Band b : bands) {
            if (monthlyWage >= b.wageFrom()) {
                found = b;
            }
        }
        return found;
    }

    /** The band above {@code band}, if there is one. */
    public Optional<Band> above(Band band) {
        return bands.stream().filter(b -> b.wageFrom() > band.wageFrom()).findFirst();
    }

    /** The band's upper end (exclusive), or empty for the top band. */
    public Optional<Integer> upTo(Band band) {
        return above(band).map(Band::wageFrom);
    }
}
