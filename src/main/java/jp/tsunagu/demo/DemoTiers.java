package jp.tsunagu.demo;

import java.time.YearMonth;
import java.util.Random;
import jp.tsunagu.base.FiscalYears;
import jp.tsunagu.facility.FacilityRow;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.tier.WageTiers;
import org.springframework.stereotype.Component;

/**
 * Each demo workshop's last twelve months of wages, user-days and days open, so that its page shows its average
 * monthly wage and band, and the ranking what a job does to it: ひまわり作業所 stands at ¥19,000 a month, just under the
 * ¥20,000 band, with a target of ¥22,000; ワークセンターあおい at ¥24,000; every fourth other workshop earned less
 * the year before and has moved up a band since, for the KPI page.
 */
@Component
class DemoTiers {

    private final WageTiers tiers;
    private final FacilityService facilities;

    DemoTiers(WageTiers tiers, FacilityService facilities) {
        this.tiers = tiers;
        this.facilities = facilities;
    }

    void load() {
        DemoClock.actAs("suzuki", AppRoles.INTERMEDIARY);
        Random random = new Random(7L);
        YearMonth last = tiers.thisMonth().minusMonths(1);
        int n = 0;
        for (FacilityRow f : facilities.page("", 0, 100)) {
            boolean himawari = f.name().equals("ひまわり作業所");
            boolean aoi = f.name().equals("ワークセンターあおい");
            tiers.saveProfile(f.id(), "7.5:1", himawari ? 20 : 10 + random.nextInt(11), himawari ? 22_000 : null);
            // 150 user-days in 20 days open: 7.5 users a day, so a month's wages of 7.5 × the monthly figure.
            long monthly = himawari ? 19_000 : aoi ? 24_000 : 9_000 + random.nextInt(30) * 1_000L;
            // Every fourth other workshop earned ¥6,000 a month less the year before: it has moved up since.
            boolean grew = !himawari && !aoi && n++ % 4 == 0;
            for (int i = 0; i < 24; i++) {
                YearMonth month = last.minusMonths(i);
                long figure = grew && month.isBefore(YearMonth.of(FiscalYears.of(last), 4)) ? monthly - 6_000 : monthly;
                tiers.enterMonth(f.id(), month, figure * 15 / 2 + (i % 3 - 1) * 2_000L, 150, 20);
            }
        }
    }
}
