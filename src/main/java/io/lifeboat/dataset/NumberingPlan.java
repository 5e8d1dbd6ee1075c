package io.lifeboat.dataset;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;

/**
 * The numbering-plan check of a phone number written as '+', country code and digits: exactly
 * libphonenumber's verdict ({@code parse(number, null)} then {@code isValidNumber}), with the same
 * problem text, computed from the same metadata without the general-purpose parts of libphonenumber
 * that such a number never needs (finding the number in free text, extensions, punctuation, letters,
 * international dialling prefixes) and without its shared regular-expression cache (a synchronized
 * LRU map consulted for every pattern of every number, which also makes the checking threads wait
 * for each other). Each calling code's patterns are compiled once, on first use, to automata
 * ({@link DigitPattern}).
 *
 * <p>The steps are libphonenumber's, in its order: split off the calling code (the shortest known
 * prefix of one to three digits), strip a national prefix where the region's rules say so and the
 * resulting length is possible, then pick the region among those sharing the calling code (leading
 * digits, or the first whose patterns match) and test the number against that region's general
 * pattern and its number types. Anything that is not '+' and digits, and any metadata this class
 * does not expect, goes to libphonenumber itself. A test compares both on hundreds of thousands of
 * numbers over every calling code.
 */
final class NumberingPlan {
    static final String INVALID = "is not a valid number for its country code";
    private static final String NOT_A_NUMBER = "is not a phone number: ";

    // libphonenumber's limits (PhoneNumberUtil.MIN_LENGTH_FOR_NSN, MAX_LENGTH_FOR_NSN, and the
    // cap on leading zeros kept by getNationalSignificantNumber).
    private static final int MIN_NSN = 2;
    private static final int MAX_NSN = 17;
    private static final int MAX_LEADING_ZEROS = 10;
    /** Longest input the fast path takes ('+' and 20 digits); longer goes to libphonenumber. */
    private static final int MAX_FAST_LENGTH = 21;

    private static final AtomicReferenceArray<Plan> PLANS = new AtomicReferenceArray<>(1000);
    /** Stands for "no calling code with these digits" in {@link #PLANS}. */
    private static final Plan NONE = new Plan(null, List.of(), false);
    /** A calling code whose metadata this class does not expect: its numbers go to libphonenumber. */
    private static final Plan FALLBACK = new Plan(null, List.of(), true);

    private NumberingPlan() {
    }

    /**
     * Null when libphonenumber holds {@code number} valid; otherwise the reason, worded as the row
     * problem shows it after the quoted number.
     */
    static String problem(String number) {
        if (!fastShape(number)) return reference(number);
        int digits = number.length() - 1;
        if (digits <= 2) return reference(number); // libphonenumber: not viable / too short after IDD
        Plan plan = null;
        int ccLength = 0;
        if (number.charAt(1) != '0') {
            int cc = 0;
            for (int i = 1; i <= 3 && i <= digits; i++) {
                cc = cc * 10 + (number.charAt(i) - '0');
                Plan p = plan(cc);
                if (p != NONE) {
                    plan = p;
                    ccLength = i;
                    break;
                }
            }
        }
        if (plan == null) return parseFailure(NumberParseException.ErrorType.INVALID_COUNTRY_CODE,
                "Could not interpret numbers after plus-sign.");
        if (plan.fallback) return reference(number);
        String nsn = number.substring(1 + ccLength);
        if (nsn.length() < MIN_NSN) return tooShort();
        nsn = plan.parsing.stripNationalPrefix(nsn);
        if (nsn.length() < MIN_NSN) return tooShort();
        if (nsn.length() > MAX_NSN) return parseFailure(NumberParseException.ErrorType.TOO_LONG,
                "The string supplied is too long to be a phone number.");
        for (int i = 0; i < nsn.length(); i++) {
            char ch = nsn.charAt(i);
            if (ch < '0' || ch > '9') return reference(number); // a transform rule made something unexpected
        }
        return plan.isValid(significant(nsn)) ? null : INVALID;
    }

    /** libphonenumber itself, with the same wording: the reference the fast path must agree with. */
    static String reference(String number) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            return util.isValidNumber(util.parse(number, null)) ? null : INVALID;
        } catch (NumberParseException e) {
            return NOT_A_NUMBER + e.getMessage();
        }
    }

    private static String tooShort() {
        return parseFailure(NumberParseException.ErrorType.TOO_SHORT_NSN,
                "The string supplied is too short to be a phone number.");
    }

    private static String parseFailure(NumberParseException.ErrorType type, String message) {
        return NOT_A_NUMBER + new NumberParseException(type, message).getMessage();
    }

    /** '+' then ASCII digits only, short enough that no length limit of the parser is in play. */
    private static boolean fastShape(String number) {
        int n = number.length();
        if (n < 2 || n > MAX_FAST_LENGTH || number.charAt(0) != '+') return false;
        for (int i = 1; i < n; i++) {
            char ch = number.charAt(i);
            if (ch < '0' || ch > '9') return false;
        }
        return true;
    }

    /**
     * The national significant number as libphonenumber rebuilds it from the parsed number: the
     * numeric value, after the leading zeros it records (at most ten).
     */
    private static String significant(String nsn) {
        if (nsn.length() <= 1 || nsn.charAt(0) != '0') return nsn;
        int zeros = 1;
        while (zeros < nsn.length() - 1 && nsn.charAt(zeros) == '0') zeros++;
        return "0".repeat(Math.min(zeros, MAX_LEADING_ZEROS)) + Long.parseLong(nsn);
    }

    private static Plan plan(int cc) {
        Plan p = PLANS.get(cc);
        if (p == null) {
            p = Plan.build(cc);
            if (!PLANS.compareAndSet(cc, null, p)) p = PLANS.get(cc);
        }
        return p;
    }

    /** A number-type description: its possible lengths and its national number pattern. */
    private static final class Desc {
        private final boolean anyLength;
        private final long lengths;
        private final DigitPattern pattern;

        Desc(PhoneNumberDesc d) {
            List<Integer> list = d.getPossibleLengthList();
            anyLength = list.isEmpty();
            long bits = 0;
            for (int l : list) {
                if (l >= 0 && l < 64) bits |= 1L << l;
            }
            lengths = bits;
            String p = d.getNationalNumberPattern();
            pattern = p.isEmpty() ? null : DigitPattern.compile(p);
        }

        /** libphonenumber's isNumberMatchingDesc: a possible length and a full match of the pattern. */
        boolean matches(String nsn) {
            int l = nsn.length();
            if (!anyLength && (l >= 64 || (lengths & (1L << l)) == 0)) return false;
            return matchesPattern(nsn);
        }

        /** libphonenumber's matchNationalNumber: the pattern alone, whatever the length. */
        boolean matchesPattern(CharSequence nsn) {
            return pattern != null && pattern.matches(nsn);
        }
    }

    /** One region's test of a national significant number (libphonenumber's getNumberTypeHelper != UNKNOWN). */
    private static final class Region {
        final DigitPattern leadingDigits;
        final boolean sameCallingCode;
        final Desc general;
        final Desc[] types;

        Region(PhoneMetadata m, boolean sameCallingCode) {
            this.leadingDigits = m.hasLeadingDigits() ? DigitPattern.compile(m.getLeadingDigits()) : null;
            this.sameCallingCode = sameCallingCode;
            this.general = new Desc(m.getGeneralDesc());
            List<PhoneNumberDesc> t = new ArrayList<>(List.of(m.getPremiumRate(), m.getTollFree(),
                    m.getSharedCost(), m.getVoip(), m.getPersonalNumber(), m.getPager(), m.getUan(),
                    m.getVoicemail(), m.getFixedLine()));
            // A number matching the fixed-line pattern is FIXED_LINE or FIXED_LINE_OR_MOBILE; the mobile
            // pattern is consulted on its own only when it differs from the fixed-line one.
            if (!m.getSameMobileAndFixedLinePattern()) t.add(m.getMobile());
            List<Desc> useful = new ArrayList<>();
            for (PhoneNumberDesc d : t) {
                if (!d.getNationalNumberPattern().isEmpty()) useful.add(new Desc(d));
            }
            // Any type will do for validity, so the usual ones (mobile, fixed line) go first.
            Collections.reverse(useful);
            this.types = useful.toArray(new Desc[0]);
        }

        boolean hasType(String nsn) {
            if (!general.matches(nsn)) return false;
            for (Desc d : types) {
                if (d.matches(nsn)) return true;
            }
            return false;
        }
    }

    /** The parsing metadata of the calling code's main region: national prefix stripping. */
    private static final class Parsing {
        private final DigitPattern nationalPrefix;
        private final String transformRule;
        private final Desc general;
        private final int[] possibleLengths;
        private final int[] localOnlyLengths;

        Parsing(PhoneMetadata m) {
            String p = m.getNationalPrefixForParsing();
            nationalPrefix = p.isEmpty() ? null : DigitPattern.compile(p);
            transformRule = m.getNationalPrefixTransformRule();
            general = new Desc(m.getGeneralDesc());
            possibleLengths = ints(m.getGeneralDesc().getPossibleLengthList());
            localOnlyLengths = ints(m.getGeneralDesc().getPossibleLengthLocalOnlyList());
        }

        /**
         * libphonenumber's maybeStripNationalPrefixAndCarrierCode, and the parser's rule for keeping
         * its result: only when the shorter number has a possible length (not too short, not local
         * only, not an impossible length in between).
         */
        String stripNationalPrefix(String nsn) {
            if (nationalPrefix == null || nsn.isEmpty() || !nationalPrefix.matchesStart(nsn)) return nsn;
            // Rarely reached (a number written with its national prefix): the groups need the expression.
            Matcher m = nationalPrefix.pattern().matcher(nsn);
            if (!m.lookingAt()) return nsn;
            boolean viableOriginal = general.matchesPattern(nsn);
            int groups = m.groupCount();
            String stripped;
            if (transformRule == null || transformRule.isEmpty() || m.group(groups) == null) {
                stripped = nsn.substring(m.end());
            } else {
                stripped = m.replaceFirst(transformRule);
            }
            if (viableOriginal && !general.matchesPattern(stripped)) return nsn;
            return keepsPossibleLength(stripped.length()) ? stripped : nsn;
        }

        /** testNumberLength for the general description is not TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY or INVALID_LENGTH. */
        private boolean keepsPossibleLength(int length) {
            if (possibleLengths[0] == -1) return false;
            for (int l : localOnlyLengths) {
                if (l == length) return false;
            }
            int min = possibleLengths[0];
            if (min == length) return true;
            if (min > length) return false;
            if (possibleLengths[possibleLengths.length - 1] < length) return true; // TOO_LONG keeps it
            for (int i = 1; i < possibleLengths.length; i++) {
                if (possibleLengths[i] == length) return true;
            }
            return false;
        }

        private static int[] ints(List<Integer> list) {
            int[] out = new int[list.size()];
            for (int i = 0; i < out.length; i++) out[i] = list.get(i);
            return out;
        }
    }

    /** Everything about one calling code; {@code fallback} sends its numbers to libphonenumber. */
    private static final class Plan {
        final Parsing parsing;
        final List<Region> regions;
        final boolean fallback;

        Plan(Parsing parsing, List<Region> regions, boolean fallback) {
            this.parsing = parsing;
            this.regions = regions;
            this.fallback = fallback;
        }

        static Plan build(int cc) {
            PhoneNumberUtil util = PhoneNumberUtil.getInstance();
            if (!util.getSupportedCallingCodes().contains(cc)) return NONE;
            MetadataSource source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
            List<String> codes = util.getRegionCodesForCountryCode(cc);
            String main = util.getRegionCodeForCountryCode(cc);
            PhoneMetadata mainMeta = metadata(source, cc, main);
            if (mainMeta == null || mainMeta.getGeneralDesc().getPossibleLengthCount() == 0) {
                return FALLBACK;
            }
            List<Region> regions = new ArrayList<>();
            for (String code : codes) {
                PhoneMetadata m = metadata(source, cc, code);
                if (m == null) return FALLBACK;
                regions.add(new Region(m, "001".equals(code) || m.getCountryCode() == cc));
            }
            return new Plan(new Parsing(mainMeta), List.copyOf(regions), false);
        }

        private static PhoneMetadata metadata(MetadataSource source, int cc, String region) {
            return "001".equals(region) ? source.getMetadataForNonGeographicalRegion(cc)
                    : source.getMetadataForRegion(region);
        }

        /**
         * isValidNumber: the number's region is the only one for its calling code, or the first
         * whose leading digits start the number (or, without leading digits, whose patterns match);
         * the number is valid when that region's patterns match it.
         */
        boolean isValid(String nsn) {
            Region region = null;
            if (regions.size() == 1) {
                region = regions.get(0);
            } else {
                for (Region r : regions) {
                    if (r.leadingDigits != null ? r.leadingDigits.matchesStart(nsn) : r.hasType(nsn)) {
                        region = r;
                        break;
                    }
                }
            }
            return region != null && region.sameCallingCode && region.hasType(nsn);
        }
    }
}
