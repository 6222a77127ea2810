package jp.tsunagu.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.tsunagu.TestData;
import jp.tsunagu.TsunaguTest;
import jp.tsunagu.assignment.OfferService;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.audit.AuditRow;
import jp.tsunagu.deal.WorkCategory;
import jp.tsunagu.security.AppRoles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The documents of a deal as each party meets them: who sees which file, versions under one name, what is refused
 * (by content, not by name) without a trace left, and deletion that keeps the history.
 */
@TsunaguTest
class DocumentsTest {

    /** The smallest PDF a viewer opens. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]"
                    + "/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n"
                    + "%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestData data;

    @Autowired
    DocumentService documents;

    @Autowired
    OfferService offers;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    final String director = TestData.unique("docdir");
    final String staff = TestData.unique("docstaff");

    @AfterEach
    void logout() {
        TestData.logout();
    }

    @Test
    void each_party_sees_the_files_shared_with_it_and_a_facility_not_offered_finds_nothing() throws IOException {
        long offered = data.facility("静岡市");
        long other = data.facility("浜松市");
        TestData.actAs(director, AppRoles.DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("資料の案件"), WorkCategory.PC);
        DocumentRow procedure = upload(AttachedTo.DEAL, dealId, "作業手順書.pdf", Visibility.FACILITIES, PDF);
        DocumentRow quote = upload(AttachedTo.DEAL, dealId, "見積書.pdf", Visibility.COMPANY, PDF);
        assertThat(procedure.newest().contentType()).isEqualTo("application/pdf");
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        DocumentRow memo = upload(
                AttachedTo.DEAL,
                dealId,
                "メモ.txt",
                Visibility.INTERMEDIARY,
                "事業所への説明のメモ".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> upload(AttachedTo.DEAL, dealId, "社外秘.txt", Visibility.COMPANY, "x".getBytes()))
                .hasMessage("document.visibility.notAllowed");
        assertThat(documents.ofDeal(dealId)).extracting(DocumentRow::name).containsExactly("メモ.txt", "作業手順書.pdf");
        assertThatThrownBy(() -> documents.one(quote.id())).hasMessage("document.notFound");

        offers.send(dealId, List.of(offered), LocalDate.now().plusDays(3));
        asFacility(offered);
        assertThat(documents.ofDeal(dealId)).extracting(DocumentRow::name).containsExactly("作業手順書.pdf");
        assertThat(download(procedure.id(), null)).isEqualTo(PDF);
        assertThatThrownBy(() -> download(memo.id(), null)).hasMessage("document.notFound");
        long offerId = offers.mine().get(0).id();
        DocumentRow question = upload(AttachedTo.OFFER, offerId, "質問の写真.png", null, png());
        assertThat(question.visibility()).isEqualTo(Visibility.FACILITIES);
        assertThat(question.facilityOnly()).isTrue();

        asFacility(other);
        assertThatThrownBy(() -> documents.ofDeal(dealId)).hasMessage("document.place.notFound");
        assertThatThrownBy(() -> download(procedure.id(), null)).hasMessage("document.notFound");
        assertThatThrownBy(() -> documents.at(AttachedTo.OFFER, offerId)).hasMessage("document.place.notFound");
        assertThatThrownBy(() -> upload(AttachedTo.DEAL, dealId, "x.pdf", null, PDF))
                .hasMessage("document.place.notFound");

        TestData.actAs(director, AppRoles.DIRECTOR);
        assertThat(documents.ofDeal(dealId))
                .extracting(DocumentRow::name)
                .containsExactly("メモ.txt", "作業手順書.pdf", "見積書.pdf", "質問の写真.png");
        TestData.actAs("sv", AppRoles.SUPERVISOR);
        assertThat(audit.ofDeal(dealId)).extracting(AuditRow::action).contains("documentAdded", "documentDownloaded");
    }

    @Test
    void another_facilitys_file_on_the_same_deal_stays_its_own() throws IOException {
        long a = data.facility("静岡市");
        long b = data.facility("静岡市");
        TestData.actAs(director, AppRoles.DIRECTOR);
        long dealId = data.dealAtAssignment(TestData.unique("二つの事業所"), WorkCategory.PC);
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        offers.send(dealId, List.of(a, b), LocalDate.now().plusDays(3));
        asFacility(a);
        long offerA = offers.mine().get(0).id();
        DocumentRow mine = upload(AttachedTo.OFFER, offerA, "見本の仕上がり.pdf", null, PDF);
        asFacility(b);
        assertThat(documents.ofDeal(dealId)).isEmpty();
        assertThatThrownBy(() -> download(mine.id(), null)).hasMessage("document.notFound");
        TestData.actAs(staff, AppRoles.INTERMEDIARY);
        assertThat(documents.ofDeal(dealId)).extracting(DocumentRow::name).containsExactly("見本の仕上がり.pdf");
    }

    @Test
    void the_same_name_again_is_a_new_version_and_every_version_stays_downloadable() throws IOException {
        TestData.actAs(director, AppRoles.DIRECTOR);
        long dealId = data.deal(TestData.unique("版の案件"), WorkCategory.PC);
        upload(AttachedTo.DEAL, dealId, "手順.txt", Visibility.INTERMEDIARY, "第1版".getBytes(StandardCharsets.UTF_8));
        DocumentRow second =
                upload(AttachedTo.DEAL, dealId, "手順.txt", Visibility.COMPANY, "第2版です".getBytes(StandardCharsets.UTF_8));
        assertThat(documents.ofDeal(dealId)).singleElement().satisfies(d -> {
            assertThat(d.versions()).extracting(VersionRow::number).containsExactly(2, 1);
            assertThat(d.visibility())
                    .as("a new version keeps the file's visibility")
                    .isEqualTo(Visibility.INTERMEDIARY);
            assertThat(d.newest().sizeBytes()).isEqualTo("第2版です".getBytes(StandardCharsets.UTF_8).length);
        });
        assertThat(new String(download(second.id(), 1), StandardCharsets.UTF_8)).isEqualTo("第1版");
        assertThat(new String(download(second.id(), null), StandardCharsets.UTF_8))
                .isEqualTo("第2版です");
        documents.newVersion(second.id(), new ByteArrayInputStream("第3版".getBytes(StandardCharsets.UTF_8)));
        assertThat(documents.one(second.id()).versions()).hasSize(3);
    }

    @Test
    void programs_are_refused_by_content_whatever_their_name_and_nothing_of_them_is_kept() throws IOException {
        TestData.actAs(director, AppRoles.DIRECTOR);
        long dealId = data.deal(TestData.unique("拒否の案件"), WorkCategory.PC);
        long chunksBefore = jdbc.queryForObject("select count(*) from document_chunk", Long.class);
        byte[] windowsProgram = new byte[4096];
        windowsProgram[0] = 'M';
        windowsProgram[1] = 'Z';
        windowsProgram[60] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.US_ASCII), 0, windowsProgram, 0x80, 4);
        assertThatThrownBy(() -> upload(AttachedTo.DEAL, dealId, "請求書.pdf", Visibility.COMPANY, windowsProgram))
                .hasMessage("document.program");
        assertThatThrownBy(() -> upload(AttachedTo.DEAL, dealId, "tool.bat", Visibility.COMPANY, "echo".getBytes()))
                .hasMessage("document.program");
        assertThatThrownBy(() -> upload(
                        AttachedTo.DEAL, dealId, "資料一式.zip", Visibility.COMPANY, zip("資料/readme.txt", "setup.exe")))
                .hasMessage("document.archive.program");
        assertThatThrownBy(() -> upload(AttachedTo.DEAL, dealId, "空.txt", Visibility.COMPANY, new byte[0]))
                .hasMessage("document.empty");
        assertThat(documents.ofDeal(dealId)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from document_chunk", Long.class))
                .isEqualTo(chunksBefore);
        DocumentRow fine =
                upload(AttachedTo.DEAL, dealId, "資料一式.zip", Visibility.COMPANY, zip("資料/readme.txt", "資料/表.csv"));
        assertThat(fine.newest().contentType()).isEqualTo("application/zip");
    }

    @Test
    void only_the_uploader_or_an_admin_deletes_and_a_deleted_file_stays_in_the_history() throws IOException {
        TestData.actAs(director, AppRoles.DIRECTOR);
        long dealId = data.deal(TestData.unique("削除の案件"), WorkCategory.PC);
        DocumentRow doc = upload(AttachedTo.DEAL, dealId, "古い手順.pdf", Visibility.FACILITIES, PDF);
        TestData.actAs(TestData.unique("otherdir"), AppRoles.DIRECTOR);
        assertThat(documents.one(doc.id()).deletable()).isFalse();
        assertThatThrownBy(() -> documents.delete(doc.id())).hasMessage("document.delete.notYours");
        TestData.actAs(director, AppRoles.DIRECTOR);
        documents.delete(doc.id());
        assertThat(documents.ofDeal(dealId)).singleElement().satisfies(d -> {
            assertThat(d.deleted()).isTrue();
            assertThat(d.deletedAt()).isNotNull();
        });
        assertThatThrownBy(() -> download(doc.id(), null)).hasMessage("document.notFound");
        // The name is free again: a new file of it starts a new history.
        DocumentRow again = upload(AttachedTo.DEAL, dealId, "古い手順.pdf", Visibility.FACILITIES, PDF);
        assertThat(again.id()).isNotEqualTo(doc.id());
        TestData.actAs("admin-x", AppRoles.ADMIN);
        documents.delete(again.id());
    }

    private DocumentRow upload(AttachedTo kind, long id, String name, Visibility visibility, byte[] bytes) {
        return documents.upload(kind, id, name, visibility, new ByteArrayInputStream(bytes));
    }

    private byte[] download(long id, Integer version) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.download(id, version, f -> out);
        return out.toByteArray();
    }

    private static void asFacility(long facilityId) {
        TestData.actAs("fac-" + facilityId, AppRoles.FACILITY, AppRoles.facilityGroup(facilityId));
    }

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("中身 " + name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] png() {
        return Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }
}
