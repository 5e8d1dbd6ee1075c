package io.lifeboat.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every pattern of libphonenumber's metadata, run as an automaton, matches exactly the digit strings its
 * regular expression matches, as a whole and at the start: random digits, and each region's example numbers
 * with digits changed, cut and lengthened.
 */
class DigitPatternTest {
    @Test
    void automataAgreeWithTheExpressionsOnEveryMetadataPattern() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        MetadataSource source = DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
        List<PhoneMetadata> all = new ArrayList<>();
        for (String region : util.getSupportedRegions()) all.add(source.getMetadataForRegion(region));
        for (int cc : util.getSupportedGlobalNetworkCallingCodes()) all.add(source.getMetadataForNonGeographicalRegion(cc));
        Set<String> patterns = new LinkedHashSet<>();
        List<String> examples = new ArrayList<>();
        for (PhoneMetadata m : all) {
            for (PhoneNumberDesc d : descs(m)) {
                if (!d.getNationalNumberPattern().isEmpty()) patterns.add(d.getNationalNumberPattern());
                if (!d.getExampleNumber().isEmpty()) examples.add(d.getExampleNumber());
            }
            if (m.hasLeadingDigits()) patterns.add(m.getLeadingDigits());
            if (!m.getNationalPrefixForParsing().isEmpty()) patterns.add(m.getNationalPrefixForParsing());
            for (NumberFormat f : m.getNumberFormatList()) patterns.addAll(f.leadingDigitPatterns());
        }
        SplittableRandom random = new SplittableRandom(20261205);
        int automata = 0;
        long wholeMatches = 0;
        for (String regex : patterns) {
            DigitPattern digits = DigitPattern.compile(regex);
            if (digits.isAutomaton()) automata++;
            Pattern java = Pattern.compile(regex);
            for (int i = 0; i < 300; i++) {
                String s = i % 3 == 0 ? NumberingPlanTest.digits(random, random.nextInt(18))
                        : mutate(examples.get(random.nextInt(examples.size())), random);
                boolean whole = java.matcher(s).matches();
                if (whole) wholeMatches++;
                assertThat(digits.matches(s)).as("'%s' against %s", s, regex).isEqualTo(whole);
                assertThat(digits.matchesStart(s)).as("start of '%s' against %s", s, regex)
                        .isEqualTo(java.matcher(s).lookingAt());
            }
        }
        assertThat(patterns.size()).as("distinct patterns").isGreaterThan(1500);
        // Nearly every pattern runs as an automaton, or the speed-up is lost without a test failing. (About 20
        // national prefixes end an alternative with '$', which the automata do not take.)
        assertThat(automata).isGreaterThan(patterns.size() * 98 / 100);
        assertThat(wholeMatches).isGreaterThan(10_000);
    }

    @Test
    void translationKeepsWhatBricksWouldReadOtherwiseForJava() {
        assertThat(DigitPattern.translate("1(?:[38]\\d|4[57])\\d{5}")).isEqualTo("1([38][0-9]|4[57])[0-9]{5}");
        assertThat(DigitPattern.translate("[\\d]")).isEqualTo("[0-9]");
        assertThat(DigitPattern.translate("\\s")).isNull();
        assertThat(DigitPattern.translate("(?=1)")).isNull();
        assertThat(DigitPattern.translate("1\"2")).isNull();
        assertThat(DigitPattern.translate("\\d++1")).isNull();
        assertThat(DigitPattern.translate("[]1]")).isNull();
        DigitPattern fallback = DigitPattern.compile("(?=1)\\d{2}");
        assertThat(fallback.isAutomaton()).isFalse();
        assertThat(fallback.matches("12")).isTrue();
        assertThat(fallback.matches("22")).isFalse();
        assertThat(DigitPattern.compile("\\d{2}").matches("1a")).isFalse();
    }

    private static List<PhoneNumberDesc> descs(PhoneMetadata m) {
        return List.of(m.getGeneralDesc(), m.getFixedLine(), m.getMobile(), m.getTollFree(), m.getPremiumRate(),
                m.getSharedCost(), m.getPersonalNumber(), m.getVoip(), m.getPager(), m.getUan(), m.getVoicemail(),
                m.getNoInternationalDialling());
    }

    private static String mutate(String example, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(example);
        switch (random.nextInt(4)) {
            case 0 -> { } // as it is
            case 1 -> sb.setCharAt(random.nextInt(sb.length()), (char) ('0' + random.nextInt(10)));
            case 2 -> sb.setLength(random.nextInt(sb.length() + 1));
            default -> sb.append(NumberingPlanTest.digits(random, 1 + random.nextInt(3)));
        }
        return sb.toString();
    }
}
