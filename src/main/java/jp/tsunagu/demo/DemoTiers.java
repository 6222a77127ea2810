package jp.tsunagu.demo;

import java.time.YearMonth;
import java.util.Random;
import jp.tsunagu.facility.FacilityRow;
import jp.tsunagu.facility.FacilityService;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.tier.WageTiers;
import org.springframework.stereotype.Component;

/**
 * Each demo workshop's last twelve months of wages, user-days and days open, so that its page shows its average
 * monthly wage and band, and the ranking what a job does to it: ひまわり作業所 stands at ¥19,000 a month, just under the
 * ¥20,000 band, with a target of ¥22,000; ワークセンターあおい at ¥24,000.
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
        for (FacilityRow f : facilities.page("", 0, 100)) {
            boolean himawari = f.name().equals("ひまわり作業所");
            boolean aoi = f.name().equals("ワークセンターあおい");
            tiers.saveProfile(f.id(), "7.5:1", himawari ? 20 : 10 + random.nextInt(11), himawari ? 22_000 : null);
            // 150 user-days in 20 days open: 7.5 users a day; a month's wages of 7.5 × 12 × the monthly figure ÷ 12.
            long monthly = himawari ? 19_000 : aoi ? 24_000 : 9_000 + random.nextInt(30) * 1_000L;
            for (int i = 0; i < 12; i++) {
                long wages = monthly * 15 / 2 + (i % 3 - 1) * 2_000L;
                tiers.enterMonth(f.id(), last.minusMonths(i), wages, 150, 20);
            }
        }
    }
}
