package io.lifeboat.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.lifeboat.common.ProgressListener;
import io.lifeboat.demo.DemoGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast numbering-plan check gives libphonenumber's verdict and wording on every number: random
 * digits after every calling code (and after unknown ones), at every national length from 4 to 17,
 * numbers close to real ones (each region's example numbers with digits changed, cut, lengthened or
 * given a national prefix), and the demo generator's numbers.
 */
class NumberingPlanTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    @TempDir
    Path dir;

    /** Differences, verdict counts and the first few mismatches, to fail with a readable message. */
    private static final class Tally {
        final Map<String, Integer> verdicts = new TreeMap<>();
        final List<String> mismatches = new ArrayList<>();
        int checked;

        void check(String number) {
            String expected = NumberingPlan.reference(number);
            String actual = NumberingPlan.problem(number);
            checked++;
            String verdict = expected == null ? "valid" : expected;
            verdicts.merge(verdict, 1, Integer::sum);
            if (!String.valueOf(expected).equals(String.valueOf(actual)) && mismatches.size() < 3) {
                mismatches.add(number + ": libphonenumber " + expected + ", fast path " + actual);
            }
        }
    }

    @Test
    void agreesWithLibphonenumberOnRandomNumbersOfEveryCallingCodeAndLength() {
        SplittableRandom random = new SplittableRandom(20261204);
        List<Integer> codes = new ArrayList<>(new TreeSet<>(UTIL.getSupportedCallingCodes()));
        Tally tally = new Tally();
        for (int i = 0; i < 200_000; i++) {
            String cc = random.nextInt(10) == 0 ? Integer.toString(random.nextInt(1000))
                    : Integer.toString(codes.get(random.nextInt(codes.size())));
            tally.check("+" + cc + digits(random, 4 + random.nextInt(14)));
        }
        assertThat(tally.mismatches).as("%d numbers, verdicts %s", tally.checked, tally.verdicts).isEmpty();
        assertThat(tally.verdicts).containsKeys("valid", NumberingPlan.INVALID,
                "is not a phone number: Could not interpret numbers after plus-sign.",
                "is not a phone number: The string supplied is too long to be a phone number.");
    }

    @Test
    void agreesWithLibphonenumberNearEveryRegionsExampleNumbers() throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        Tally tally = new Tally();
        List<String> examples = new ArrayList<>();
        for (String region : new TreeSet<>(UTIL.getSupportedRegions())) {
            for (PhoneNumberType type : PhoneNumberType.values()) {
                PhoneNumber n = UTIL.getExampleNumberForType(region, type);
                if (n != null) examples.add(UTIL.format(n, PhoneNumberFormat.E164));
            }
        }
        for (int cc : new TreeSet<>(UTIL.getSupportedGlobalNetworkCallingCodes())) {
            PhoneNumber n = UTIL.getExampleNumberForNonGeoEntity(cc);
            if (n != null) examples.add(UTIL.format(n, PhoneNumberFormat.E164));
        }
        assertThat(examples).hasSizeGreaterThan(1000);
        for (String example : examples) {
            tally.check(example);
            int cc = UTIL.parse(example, null).getCountryCode();
            String prefix = "+" + cc;
            String nsn = example.substring(prefix.length());
            for (int k = 0; k < 60; k++) {
                tally.check(prefix + mutate(random, nsn));
            }
            // National prefixes and carrier codes written after the calling code, which parsing strips.
            for (String national : List.of("0", "00", "1", "8", "9", "06", "015", "0" + nsn.charAt(0))) {
                tally.check(prefix + national + nsn);
            }
        }
        assertThat(tally.mismatches).as("%d numbers, verdicts %s", tally.checked, tally.verdicts).isEmpty();
        assertThat(tally.verdicts.get("valid")).as("verdicts %s", tally.verdicts).isGreaterThan(tally.checked / 10);
    }

    @Test
    void agreesWithLibphonenumberOnShortLongAndOddInputs() {
        Tally tally = new Tally();
        for (String s : List.of("+", "+1", "+12", "+123", "+1234", "+0", "+01234567", "+000000000000",
                "+8600000000000000000", "+86000000000000000000", "+3900000000000000", "+39000000000001",
                "+800", "+8001", "+80012345678", "+999123456789", "+8613800138000", "+86 13800138000",
                "8613800138000", "+８６13800138000", "+861380013800012345678901234567890")) {
            tally.check(s);
        }
        assertThat(tally.mismatches).as("verdicts %s", tally.verdicts).isEmpty();
    }

    @Test
    void agreesWithLibphonenumberOnTheDemoGeneratorsNumbers() throws Exception {
        DemoGenerator.Result r = new DemoGenerator().write(dir, new DemoGenerator.Options(20_000, 7,
                LocalDate.of(2026, 7, 1), 42), ProgressListener.NONE);
        Tally tally = new Tally();
        List<String> lines = Files.readAllLines(r.bookings());
        for (String line : lines.subList(1, lines.size())) {
            String phone = line.split(",", -1)[3];
            if (!phone.isEmpty()) tally.check(phone);
        }
        assertThat(tally.mismatches).isEmpty();
        assertThat(tally.verdicts).containsOnlyKeys("valid");
        assertThat(tally.checked).isGreaterThan(18_000);
    }

    static String digits(SplittableRandom random, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append((char) ('0' + random.nextInt(10)));
        return sb.toString();
    }

    /** A national number near {@code nsn}: a digit changed, the tail redrawn, or a digit more or fewer. */
    private static String mutate(SplittableRandom random, String nsn) {
        StringBuilder sb = new StringBuilder(nsn);
        switch (random.nextInt(5)) {
            case 0 -> sb.setCharAt(random.nextInt(sb.length()), (char) ('0' + random.nextInt(10)));
            case 1 -> {
                int keep = random.nextInt(sb.length() + 1);
                sb.setLength(keep);
                sb.append(digits(random, nsn.length() - keep));
            }
            case 2 -> sb.append((char) ('0' + random.nextInt(10)));
            case 3 -> sb.setLength(Math.max(1, sb.length() - 1 - random.nextInt(2)));
            default -> {
                int keep = random.nextInt(Math.min(4, sb.length()) + 1);
                sb.setLength(keep);
                sb.append(digits(random, Math.max(0, 4 + random.nextInt(14) - keep)));
            }
        }
        return sb.toString();
    }
}
