package io.lifeboat.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every validation rule of the CSV formats, each with a bad file: exit 2, FILE:LINE: field: reason, nothing lands. */
class ImportValidationTest {
    static final String BOOKING_HEADER = "booking_id,lead_name,party_size,phone,email,locale,tier,needs,status\n";
    static final String GOOD_BOOKING = "B1,王伟,2,+8613800138000,wang@example.cn,zh-CN,vip,elderly,confirmed\n";
    static final String SEGMENT_HEADER = "booking_id,seq,kind,supplier_id,place,region,lat,lon,start,end\n";
    static final String SUPPLIER_HEADER = "supplier_id,name,kind,region,lat,lon,capacity,unit_cost,currency,"
            + "agreement,phone,email,locale,features\n";

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir);
    }

    private void assertRejected(String dataset, String content, String... expectedProblems) {
        Path file = cli.file(dataset + ".csv", content);
        CliRun.Result r = cli.run("import", dataset, file.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        String[] lines = new String[expectedProblems.length];
        for (int i = 0; i < lines.length; i++) lines[i] = file + ":" + expectedProblems[i];
        assertThat(r.errLines()).as(r.toString()).contains(lines);
        assertThat(r.out()).isEmpty();
    }

    private long count(String dataset) {
        CliRun.Result r = cli.run("export", dataset);
        return r.out().lines().count() - 1;
    }

    @Test
    void bookingIdMustBeValidAndPresent() {
        assertRejected("bookings", BOOKING_HEADER + ",A,1,,,en,standard,,confirmed\n"
                        + "B 2,A,1,,,en,standard,,confirmed\n",
                "2: booking_id: is required",
                "3: booking_id: 'B 2' is not a valid id (letters, digits and . _ : / -, at most 64)");
    }

    @Test
    void leadNameIsRequired() {
        assertRejected("bookings", BOOKING_HEADER + "B1,,1,,,en,standard,,confirmed\n", "2: lead_name: is required");
    }

    @Test
    void partySizeIsAWholeNumberOfAtLeastOne() {
        assertRejected("bookings", BOOKING_HEADER + "B1,A,0,,,en,standard,,confirmed\n"
                        + "B2,A,two,,,en,standard,,confirmed\n",
                "2: party_size: 0 is out of range (1 to 10000)",
                "3: party_size: 'two' is not a whole number");
    }

    @Test
    void phoneMustBeE164AndValidForItsCountry() {
        assertRejected("bookings", BOOKING_HEADER + "B1,A,1,13800138000,,en,standard,,confirmed\n"
                        + "B2,A,1,+86 138 0013 8000,,en,standard,,confirmed\n"
                        + "B3,A,1,+8612345,,en,standard,,confirmed\n",
                "2: phone: '13800138000' is not E.164 (a '+', the country code and digits, e.g. +8613800138000)",
                "3: phone: '+86 138 0013 8000' is not E.164 (a '+', the country code and digits, e.g. +8613800138000)",
                "4: phone: '+8612345' is not a valid number for its country code");
    }

    @Test
    void emailMustLookLikeAnAddress() {
        assertRejected("bookings", BOOKING_HEADER + "B1,A,1,,not-an-email,en,standard,,confirmed\n",
                "2: email: 'not-an-email' is not an e-mail address");
    }

    @Test
    void localeMustBeBcp47() {
        assertRejected("bookings", BOOKING_HEADER + "B1,A,1,,,zh_CN!,standard,,confirmed\n"
                        + "B2,A,1,,,,standard,,confirmed\n",
                "2: locale: 'zh_CN!' is not a BCP-47 language tag (e.g. zh-CN, en, ja)",
                "3: locale: is required (a BCP-47 tag such as zh-CN, en, ja)");
    }

    @Test
    void tierAndStatusAreClosedLists() {
        assertRejected("bookings", BOOKING_HEADER + "B1,A,1,,,en,gold,,confirmed\n"
                        + "B2,A,1,,,en,standard,,pending\n",
                "2: tier: 'gold' is not allowed; expected standard|vip",
                "3: status: 'pending' is not allowed; expected confirmed|cancelled");
    }

    @Test
    void needsAreLowerCaseTagsSeparatedBySemicolons() {
        assertRejected("bookings", BOOKING_HEADER + "B1,A,1,,,en,standard,Wheel Chair,confirmed\n"
                        + "B2,A,1,,,en,standard,elderly;;infant,confirmed\n",
                "2: needs: tag 'Wheel Chair' must be lower-case letters, digits and '-' (e.g. pollen-allergy)",
                "3: needs: empty tag in 'elderly;;infant' (tags are separated by ';')");
    }

    @Test
    void duplicateKeysAreReportedWithTheFirstLine() {
        assertRejected("bookings", BOOKING_HEADER + GOOD_BOOKING + "B2,A,1,,,en,standard,,confirmed\n" + GOOD_BOOKING,
                "4: booking_id: duplicate key B1 (first at line 2)");
    }

    @Test
    void headerMustNameExactlyTheColumns() {
        assertRejected("bookings", "booking_id,lead name,party_size,phone,email,locale,tier,needs,status\n" + GOOD_BOOKING,
                "1: header: unknown column 'lead name'; expected booking_id,lead_name,party_size,phone,email,locale,"
                        + "tier,needs,status",
                "1: header: missing column 'lead_name'");
    }

    @Test
    void rowsMustHaveAsManyFieldsAsTheHeader() {
        assertRejected("bookings", BOOKING_HEADER + "B1,A,1,,,en,standard,,confirmed,extra\n",
                "2: row: has 10 fields, the header has 9");
    }

    @Test
    void everyBadRowIsReportedAndNothingLands() {
        Path file = cli.file("bookings.csv", BOOKING_HEADER + GOOD_BOOKING
                + "B2,A,0,,,en,standard,,confirmed\n"
                + "B3,B,1,,,en,standard,,confirmed\n"
                + "B4,C,1,,bad,xx-!,vip,,confirmed\n");
        CliRun.Result r = cli.run("import", "bookings", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly(
                file + ":3: party_size: 0 is out of range (1 to 10000)",
                file + ":5: email: 'bad' is not an e-mail address",
                file + ":5: locale: 'xx-!' is not a BCP-47 language tag (e.g. zh-CN, en, ja)",
                "3 problems; nothing was changed.");
        assertThat(count("bookings")).isZero();
    }

    @Test
    void lineNumbersCountPhysicalLinesOfQuotedMultiLineFields() {
        assertRejected("bookings", BOOKING_HEADER
                        + "B1,\"A\nsecond line\",1,,,en,standard,,confirmed\n"
                        + "B2,B,0,,,en,standard,,confirmed\n",
                "4: party_size: 0 is out of range (1 to 10000)");
    }

    @Test
    void byteOrderMarkIsAccepted() {
        Path file = cli.file("bookings.csv", "\uFEFF" + BOOKING_HEADER + GOOD_BOOKING);
        CliRun.Result r = cli.run("import", "bookings", file.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(count("bookings")).isEqualTo(1);
    }

    @Test
    void malformedUtf8IsRejected() {
        Path file = cli.dir().resolve("bookings.csv");
        byte[] head = (BOOKING_HEADER + "B1,").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ",1,,,en,standard,,confirmed\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xC3;
        all[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, all, head.length + 2, tail.length);
        try {
            java.nio.file.Files.write(file, all);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CliRun.Result r = cli.run("import", "bookings", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.errLines()).contains(file + ":2: lead_name: contains bytes that are not UTF-8 (save the file as UTF-8)");
    }

    @Test
    void missingFileIsBadInput() {
        CliRun.Result r = cli.run("import", "bookings", dir.resolve("nope.csv").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nope.csv: no such file");
    }

    // ------------------------------------------------------------------ segments

    private void importGoodBooking() {
        Path b = cli.file("b.csv", BOOKING_HEADER + GOOD_BOOKING);
        assertThat(cli.run("import", "bookings", b.toString()).code()).isZero();
    }

    @Test
    void segmentsMustReferToKnownBookings() {
        importGoodBooking();
        assertRejected("segments", SEGMENT_HEADER
                        + "B1,1,hotel,H1,Hotel,CN-GD,22.5,114.0,2026-07-01T15:00:00+08:00,2026-07-02T12:00:00+08:00\n"
                        + "B9,1,hotel,H1,Hotel,CN-GD,22.5,114.0,2026-07-01T15:00:00+08:00,2026-07-02T12:00:00+08:00\n",
                "3: booking_id: unknown booking 'B9' (import it with 'lifeboat import bookings' first)");
        assertThat(count("segments")).isZero();
    }

    @Test
    void segmentKindSeqRegionAndCoordinatesAreChecked() {
        importGoodBooking();
        assertRejected("segments", SEGMENT_HEADER
                        + "B1,0,boat,,Hotel,china,91,181,2026-07-01T15:00:00+08:00,2026-07-02T12:00:00+08:00\n",
                "2: seq: 0 is out of range (1 to 100000)",
                "2: kind: 'boat' is not a known kind; expected hotel|cruise|coach|flight|train|tour|activity",
                "2: region: 'china' is not a region code (ISO 3166 style: CN, CN-GD, CN-GD-SZ)",
                "2: lat: 91 is out of range (-90 to 90)",
                "2: lon: 181 is out of range (-180 to 180)");
    }

    @Test
    void timesNeedAnOffsetAndEndAfterStart() {
        importGoodBooking();
        assertRejected("segments", SEGMENT_HEADER
                        + "B1,1,hotel,,Hotel,CN-GD,22.5,114.0,2026-07-01T15:00:00,2026-07-02T12:00:00+08:00\n"
                        + "B1,2,hotel,,Hotel,CN-GD,22.5,114.0,2026-07-02T12:00:00+08:00,2026-07-02T04:00:00Z\n"
                        + "B1,3,hotel,,Hotel,CN-GD,22.5,114.0,tomorrow,2026-07-02T12:00:00+08:00\n",
                "2: start: '2026-07-01T15:00:00' has no UTC offset; write it like 2026-07-01T14:00:00+08:00 or ...Z",
                "3: end: 2026-07-02T04:00:00Z is not after start 2026-07-02T12:00:00+08:00",
                "4: start: 'tomorrow' is not an ISO-8601 date-time with offset (2026-07-01T14:00:00+08:00)");
    }

    @Test
    void duplicateSegmentKeys() {
        importGoodBooking();
        String row = "B1,1,hotel,,Hotel,CN-GD,22.5,114.0,2026-07-01T15:00:00+08:00,2026-07-02T12:00:00+08:00\n";
        assertRejected("segments", SEGMENT_HEADER + row + row, "3: booking_id,seq: duplicate key B1,1 (first at line 2)");
    }

    // ------------------------------------------------------------------ suppliers

    @Test
    void supplierMoneyCurrencyCapacityAgreementAndFeatures() {
        assertRejected("suppliers", SUPPLIER_HEADER
                        + "S1,Hotel,hotel,CN-GD,22.5,114.0,-1,12.345,CNY,backup,,,zh-CN,Wheelchair\n"
                        + "S2,Hotel,hotel,CN-GD,22.5,114.0,10,100,YUAN,primary,,,zh-CN,\n"
                        + "S3,Hotel,hotel,CN-GD,22.5,114.0,10,100.5,JPY,primary,,,ja,\n",
                "2: capacity: -1 is out of range (0 to 10000000)",
                "2: unit_cost: 12.345 has more decimals than CNY allows (2)",
                "2: agreement: 'backup' is not allowed; expected primary|standby",
                "2: features: tag 'Wheelchair' must be lower-case letters, digits and '-' (e.g. pollen-allergy)",
                "3: currency: 'YUAN' is not an ISO 4217 currency (e.g. CNY, HKD, JPY)",
                "4: unit_cost: 100.5 has more decimals than JPY allows (0)");
    }

    @Test
    void goodFixturesImport() {
        for (String d : new String[] {"bookings", "segments", "suppliers"}) {
            Path f = cli.resource("fixtures/" + d + ".csv");
            CliRun.Result r = cli.run("import", d, f.toString());
            assertThat(r.code()).as(r.toString()).isZero();
        }
        assertThat(count("bookings")).isEqualTo(6);
        assertThat(count("segments")).isEqualTo(9);
        assertThat(count("suppliers")).isEqualTo(3);
    }
}
