package io.lifeboat.playbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.common.ExitException;
import io.lifeboat.common.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog: the shipped playbooks from the classpath index, user folders, overrides and lookups. */
class PlaybookCatalogTest {
    @TempDir
    Path dir;

    private static String shippedText(String name) throws IOException {
        try (InputStream in = PlaybookCatalogTest.class.getClassLoader()
                .getResourceAsStream(ShippedPlaybooks.FOLDER + name)) {
            assertThat(in).as("classpath resource " + ShippedPlaybooks.FOLDER + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void indexListsExactlyTheYamlFilesOfThePlaybooksFolder() throws IOException {
        List<String> folder;
        try (Stream<Path> files = Files.list(Path.of("playbooks"))) {
            folder = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
        assertThat(ShippedPlaybooks.index()).as("playbooks/index.txt").containsExactlyInAnyOrderElementsOf(folder)
                .containsExactlyInAnyOrder("typhoon.yaml", "rainstorm-stranding.yaml", "traveler-illness.yaml",
                        "epidemic-lockdown.yaml");
    }

    @Test
    void packedResourcesAreTheFilesOfThePlaybooksFolder() throws IOException {
        for (String name : ShippedPlaybooks.index()) {
            assertThat(shippedText(name)).isEqualTo(Files.readString(Path.of("playbooks", name)));
        }
    }

    @Test
    void everyShippedPlaybookIsValidAndNamedAfterItsId() {
        for (LoadResult r : ShippedPlaybooks.all()) {
            assertThat(r.problems()).as(r.file()).isEmpty();
            assertThat(r.file()).isEqualTo(PlaybookCatalog.SHIPPED + r.playbook().id() + ".yaml");
            assertThat(r.playbook().source()).isEqualTo(PlaybookCatalog.SHIPPED + r.playbook().id());
        }
    }

    @Test
    void shippedPlaybooksCoverTheDrilledDutiesAndTheOneHourReport() {
        for (LoadResult r : ShippedPlaybooks.all()) {
            Playbook p = r.playbook();
            assertThat(p.tasks()).as(p.id()).extracting(TaskTemplate::capability).contains(
                    Capability.INFO_SYNC_TRAVELERS, Capability.INFO_SYNC_SUPPLIERS, Capability.INFO_SYNC_REGULATOR,
                    Capability.REASSURANCE, Capability.RESOURCE_ALLOCATION);
            assertThat(p.tasks()).as(p.id() + " regulator report")
                    .anyMatch(t -> t.capability() == Capability.INFO_SYNC_REGULATOR
                            && t.due().equals(java.time.Duration.ofHours(1)));
            assertThat(p.notifications().send()).as(p.id()).containsOnlyKeys("traveler", "supplier", "regulator", "booking_request");
            assertThat(p.notifications().channels()).as(p.id()).containsExactly("sms", "email");
            for (String locale : List.of("zh-CN", "en")) {
                assertThat(p.name()).as(p.id()).containsKey(locale);
                p.notifications().templates().values().forEach(t -> assertThat(t.email()).as(p.id()).containsKey(locale));
            }
            Template traveler = p.notifications().templates().get(p.notifications().send().get("traveler"));
            assertThat(traveler.sms()).as(p.id()).containsKeys("zh-CN", "zh-Hant", "en");
            // medical and wheelchair before VIP before the rest
            List<PriorityRule> rules = p.priority().rules();
            int medical = rules.stream().filter(x -> x.needs().contains("medical")).findFirst().orElseThrow().add();
            int wheelchair = rules.stream().filter(x -> x.needs().contains("wheelchair")).findFirst().orElseThrow().add();
            int vip = rules.stream().filter(x -> "vip".equals(x.tier())).findFirst().orElseThrow().add();
            assertThat(medical).as(p.id()).isGreaterThan(vip);
            assertThat(wheelchair).as(p.id()).isGreaterThan(vip);
        }
    }

    @Test
    void typhoonFollowsTheCruiseLineCase() {
        Playbook p = PlaybookCatalog.shippedOnly().find("typhoon");
        assertThat(p.match().lead()).isEqualTo(java.time.Duration.ofHours(72));
        assertThat(p.triggers().cap().events()).contains("typhoon", "tropical cyclone", "台风", "颱風");
        assertThat(p.reallocation().rules()).anySatisfy(r -> {
            assertThat(r.segmentKind()).isEqualTo(io.lifeboat.model.SegmentKind.CRUISE);
            assertThat(r.supplierKind()).isEqualTo(io.lifeboat.model.SegmentKind.ACTIVITY);
            assertThat(r.units()).isEqualTo(ReallocationRule.PER_TRAVELER);
        });
        assertThat(p.reallocation().rules()).anySatisfy(r -> {
            assertThat(r.segmentKind()).isEqualTo(io.lifeboat.model.SegmentKind.HOTEL);
            assertThat(r.units()).isEqualTo(ReallocationRule.ROOMS);
        });
        assertThat(p.compensation().offers()).anySatisfy(o -> {
            assertThat(o.kind()).isEqualTo("coupon");
            assertThat(o.currency()).isEqualTo("CNY");
        });
        Playbook illness = PlaybookCatalog.shippedOnly().find("traveler-illness");
        assertThat(illness.match().scope()).isEqualTo(Match.BOOKING);
        assertThat(illness.triggers().cap()).isNull();
        assertThat(illness.triggers().messages()).contains("突发疾病", "sudden illness");
        assertThat(illness.notifications().escalateAfter()).isLessThanOrEqualTo(java.time.Duration.ofMinutes(15));
    }

    @Test
    void userPlaybookOverridesShippedAndFirstFolderWins() throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        String typhoon = shippedText("typhoon.yaml");
        Files.writeString(first.resolve("typhoon.yaml"), typhoon.replace("version: 1", "version: 7"));
        Files.writeString(second.resolve("my-typhoon.yml"), typhoon.replace("version: 1", "version: 8"));
        Files.writeString(second.resolve("extra.yaml"), typhoon.replace("id: typhoon", "id: coastal-surge"));
        PlaybookCatalog catalog = new PlaybookCatalog(List.of(first, second));

        CatalogListing listing = catalog.list();
        assertThat(listing.playbooks()).extracting(e -> e.playbook().id())
                .containsExactly("coastal-surge", "epidemic-lockdown", "rainstorm-stranding", "traveler-illness", "typhoon");
        CatalogEntry entry = catalog.entry("typhoon");
        assertThat(entry.playbook().version()).isEqualTo(7);
        assertThat(entry.playbook().source()).isEqualTo(first.resolve("typhoon.yaml").toString());
        assertThat(entry.overrides()).isEqualTo("shipped:typhoon");
        assertThat(entry.origin()).endsWith("typhoon.yaml (overrides shipped:typhoon)");
        assertThat(listing.warnings()).containsExactly(second.resolve("my-typhoon.yml")
                + " defines playbook 'typhoon' again; " + first.resolve("typhoon.yaml") + " comes first and is used");
        assertThat(catalog.entry("coastal-surge").overrides()).isNull();
    }

    @Test
    void findTakesAFileByPath() throws IOException {
        Path file = dir.resolve("typhoon-drill.yaml");
        PlaybookCatalog catalog = PlaybookCatalog.shippedOnly();
        assertThatThrownBy(() -> catalog.find(file.toString())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no such file");
        Files.writeString(file, shippedText("typhoon.yaml").replace("version: 1", "version: 2"));
        CatalogEntry entry = catalog.entry(file.toString());
        assertThat(entry.playbook().version()).isEqualTo(2);
        assertThat(entry.playbook().source()).isEqualTo(file.toString());
        assertThat(entry.overrides()).as("a file named explicitly replaces nothing in the catalog").isNull();
    }

    @Test
    void findByIdRefusesABrokenUserFileOfThatId() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(folder.resolve("typhoon.yaml"), shippedText("typhoon.yaml").replace("due: 1h", "due: soon"));
        PlaybookCatalog catalog = new PlaybookCatalog(List.of(folder));
        assertThatThrownBy(() -> catalog.find("typhoon")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).hasSize(2)
                        .allSatisfy(p -> assertThat(p.reason()).contains("'soon' is not a duration")));
        assertThat(catalog.find("rainstorm-stranding").source()).isEqualTo("shipped:rainstorm-stranding");
    }

    @Test
    void unknownIdIsAUsageError() {
        assertThatThrownBy(() -> PlaybookCatalog.shippedOnly().find("rainstorm"))
                .isInstanceOf(ExitException.class)
                .hasMessageContaining("unknown playbook 'rainstorm'")
                .satisfies(e -> assertThat(((ExitException) e).code()).isEqualTo(2));
    }

    @Test
    void folderListSkipsEmptyParts() {
        assertThat(PlaybookCatalog.folders("/a::/b: ")).containsExactly(Path.of("/a"), Path.of("/b"));
        assertThat(PlaybookCatalog.folders(null)).isEmpty();
    }

    @Test
    void idsAndFilesAreToldApart() {
        assertThat(PlaybookCatalog.looksLikeFile("typhoon")).isFalse();
        assertThat(PlaybookCatalog.looksLikeFile("typhoon.yaml")).isTrue();
        assertThat(PlaybookCatalog.looksLikeFile("ops/typhoon")).isTrue();
        assertThat(PlaybookCatalog.looksLikeFile("TYPHOON.YML")).isTrue();
    }
}
