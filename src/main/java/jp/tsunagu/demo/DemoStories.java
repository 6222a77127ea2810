package jp.tsunagu.demo;

import java.util.List;
import jp.tsunagu.deal.OrderType;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.pipeline.Outcome;
import jp.tsunagu.security.AppRoles;

/** The demo's deals: each a story of where it stands today, played through the pipeline when the demo loads. */
final class DemoStories {

    private static final String D1 = "tanaka";
    private static final String D2 = "sato";
    private static final String I1 = "suzuki";
    private static final String I2 = "ito";

    private DemoStories() {}

    /** The demo's customers; a story names its customer by position. */
    record DemoCustomer(String name, String industry, String prefecture, String phone) {}

    static final List<DemoCustomer> CUSTOMERS = List.of(
            new DemoCustomer("株式会社みらい商事", "卸売業", "静岡県", "054-200-1234"),
            new DemoCustomer("東海ロジスティクス株式会社", "運輸業", "静岡県", "053-411-2200"),
            new DemoCustomer("さくら印刷株式会社", "印刷業", "愛知県", "052-300-8811"),
            new DemoCustomer("株式会社グリーンフーズ", "食品製造業", "静岡県", "054-622-7000"),
            new DemoCustomer("富士データサービス株式会社", "情報サービス業", "静岡県", "055-980-1122"),
            new DemoCustomer("医療法人 あおば会", "医療・福祉", "静岡県", "054-255-6600"),
            new DemoCustomer("株式会社ハマナ電機", "電気機器製造業", "静岡県", "053-440-3300"),
            new DemoCustomer("やまびこ不動産株式会社", "不動産業", "神奈川県", "045-620-5511"));

    record DemoUser(String username, String displayName, String role) {}

    static final List<DemoUser> USERS = List.of(
            new DemoUser("tanaka", "田中 美咲", AppRoles.DIRECTOR),
            new DemoUser("sato", "佐藤 健一", AppRoles.DIRECTOR),
            new DemoUser("suzuki", "鈴木 由美", AppRoles.INTERMEDIARY),
            new DemoUser("ito", "伊藤 大輔", AppRoles.INTERMEDIARY),
            new DemoUser("takahashi", "高橋 誠", AppRoles.SUPERVISOR),
            new DemoUser("admin", "システム管理者", AppRoles.ADMIN),
            new DemoUser("himawari", "小林 恵（ひまわり作業所）", AppRoles.FACILITY),
            new DemoUser("aoi", "中村 健（ワークセンターあおい）", AppRoles.FACILITY));

    static List<DemoScenario.Story> all() {
        Outcome r = Outcome.READY;
        Outcome n = Outcome.NURTURE;
        Outcome d = Outcome.DONE;
        Outcome h = Outcome.HANDED_OVER;
        Outcome a = Outcome.ASSIGNED;
        Outcome t = Outcome.TRIAL_DONE;
        Outcome p = Outcome.PASSED;
        Outcome v = Outcome.DELIVERED;
        return List.of(
                new DemoScenario.Story(
                        "請求書データ入力（月次）", 0, WorkCategory.PC, 180_000, OrderType.RECURRING, D1, 0, 1, List.of(), null),
                new DemoScenario.Story(
                        "商品画像のタグ付け", 2, WorkCategory.PC, 120_000, OrderType.ONE_OFF, D1, 20, 70, List.of(n, n), D1),
                new DemoScenario.Story(
                        "アンケート回答の集計入力", 5, WorkCategory.PC, 60_000, OrderType.ONE_OFF, D1, 12, 20, List.of(r), D1),
                new DemoScenario.Story(
                        "名刺のデータ化", 7, WorkCategory.PC, 90_000, OrderType.RECURRING, D2, 6, 30, List.of(r, d), null),
                new DemoScenario.Story(
                        "顧客台帳のクレンジング",
                        4,
                        WorkCategory.PC,
                        250_000,
                        OrderType.RECURRING,
                        D1,
                        14,
                        40,
                        List.of(r, d, h),
                        I1),
                new DemoScenario.Story(
                        "販促物の封入・発送",
                        0,
                        WorkCategory.LIGHT,
                        150_000,
                        OrderType.ONE_OFF,
                        D2,
                        5,
                        20,
                        List.of(r, d, h),
                        null),
                new DemoScenario.Story(
                        "電子部品の検品・袋詰め",
                        6,
                        WorkCategory.LIGHT,
                        200_000,
                        OrderType.RECURRING,
                        D2,
                        30,
                        48,
                        List.of(r, d, h),
                        null),
                new DemoScenario.Story(
                        "オフィス清掃（施設外就労）",
                        7,
                        WorkCategory.OFFSITE,
                        300_000,
                        OrderType.RECURRING,
                        D1,
                        40,
                        60,
                        List.of(r, d, h, a),
                        null),
                new DemoScenario.Story(
                        "ECサイトの商品登録",
                        3,
                        WorkCategory.PC,
                        160_000,
                        OrderType.RECURRING,
                        D1,
                        45,
                        80,
                        List.of(r, d, h, a, t),
                        null),
                new DemoScenario.Story(
                        "紙資料のスキャンとファイル名付け",
                        5,
                        WorkCategory.PC,
                        80_000,
                        OrderType.ONE_OFF,
                        D2,
                        35,
                        60,
                        List.of(r, d, h, a, t, p, v),
                        null),
                new DemoScenario.Story(
                        "配送伝票の入力",
                        1,
                        WorkCategory.PC,
                        110_000,
                        OrderType.RECURRING,
                        D1,
                        50,
                        70,
                        List.of(r, d, h, a, t, p, v, Outcome.REWORK, Outcome.REDELIVERED, Outcome.ACCEPTED),
                        null),
                new DemoScenario.Story(
                        "会議音声の文字起こし",
                        4,
                        WorkCategory.PC,
                        70_000,
                        OrderType.ONE_OFF,
                        D1,
                        60,
                        70,
                        List.of(r, d, h, a, t, p, v, Outcome.ACCEPTED),
                        null),
                new DemoScenario.Story(
                        "ラベルのシール貼り",
                        3,
                        WorkCategory.LIGHT,
                        40_000,
                        OrderType.ONE_OFF,
                        D2,
                        25,
                        48,
                        List.of(n, Outcome.LOST),
                        null),
                new DemoScenario.Story(
                        "小型部品の組立",
                        6,
                        WorkCategory.LIGHT,
                        95_000,
                        OrderType.RECURRING,
                        D2,
                        55,
                        90,
                        List.of(r, d, h, Outcome.LOST),
                        null),
                new DemoScenario.Story(
                        "登録データの目視検証",
                        4,
                        WorkCategory.PC,
                        130_000,
                        OrderType.RECURRING,
                        D1,
                        30,
                        50,
                        List.of(r, d, h, a, t, Outcome.ADJUST),
                        D1),
                new DemoScenario.Story(
                        "物件写真の加工", 7, WorkCategory.PC, 75_000, OrderType.ONE_OFF, D2, 3, 4, List.of(), null),
                new DemoScenario.Story(
                        "アンケート用紙のデータ入力",
                        1,
                        WorkCategory.PC,
                        85_000,
                        OrderType.RECURRING,
                        D1,
                        DemoScenario.AT_RISK_NOW,
                        1,
                        List.of(r, d, h),
                        I2),
                new DemoScenario.Story(
                        "会員名簿の表記ゆれ修正",
                        2,
                        WorkCategory.PC,
                        65_000,
                        OrderType.ONE_OFF,
                        D2,
                        DemoScenario.AT_RISK_NOW,
                        1,
                        List.of(r),
                        D2));
    }
}
