package io.gloss.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The lists Gloss ships, read as the server reads them: every entry of the two Russian lists is there with
 * its decision, dates and at least one name, and each names an organisation the release holds. Where the
 * transcriptions of the official lists are at hand ({@code ../shared/registry/lists}), every entry is
 * compared with them; a fresh clone has no such folder and skips that part.
 */
class ShippedListsTest {

    private static final Path TRANSCRIPTIONS = Path.of("..", "shared", "registry", "lists");
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static ShippedRegistry.Release release;

    @BeforeAll
    static void read() {
        release = ShippedRegistry.read(new ObjectMapper().findAndRegisterModules());
    }

    private static ListSnapshot list(String code) {
        return release.lists().stream().filter(l -> l.list().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void everyListSaysWhatItIsAndHowOldItsCopyIs() {
        assertThat(release.lists()).extracting(l -> l.list().code())
                .contains("ru-fsb-terrorist", "ru-minjust-extremist", "us-fto", "gb-proscribed", "eu-terrorist", "un-1267");
        for (ListSnapshot list : release.lists()) {
            assertThat(list.list().authority()).as(list.list().code()).isNotBlank();
            assertThat(list.list().asOf()).as(list.list().code()).isNotNull();
            assertThat(list.entries()).as(list.list().code()).isNotEmpty();
        }
        assertThat(list("ru-fsb-terrorist").list().complete()).isTrue();
        assertThat(list("ru-fsb-terrorist").list().asOf()).isEqualTo("2026-09-16");
        assertThat(list("ru-minjust-extremist").list().asOf()).isEqualTo("2026-09-19");
    }

    @Test
    void everyRussianEntryHasItsDecisionDatesAndANameOfAKnownOrganisation() {
        ListSnapshot fsb = list("ru-fsb-terrorist");
        ListSnapshot minjust = list("ru-minjust-extremist");
        assertThat(fsb.entries()).extracting(ListSnapshot.Entry::entry)
                .containsExactlyElementsOf(numbers(1, 77, List.of()));
        // Item 30 of the Ministry's list is printed as an excluded stub without a name.
        assertThat(minjust.entries()).extracting(ListSnapshot.Entry::entry)
                .containsExactlyElementsOf(numbers(1, 154, List.of(30)));
        for (ListSnapshot list : List.of(fsb, minjust)) {
            for (ListSnapshot.Entry entry : list.entries()) {
                String what = list.list().code() + " entry " + entry.entry();
                assertThat(entry.listedOn()).as(what).isNotNull();
                assertThat(entry.printedName()).as(what).isNotBlank();
                assertThat(entry.names()).as(what).isNotEmpty();
                assertThat(release.organizations()).as(what).containsKey(entry.organization());
                assertThat(release.organizations().get(entry.organization()).names()).as(what).isNotEmpty();
            }
        }
        for (ListSnapshot.Entry entry : fsb.entries()) {
            assertThat(entry.effectiveOn()).as("entry " + entry.entry()).isAfterOrEqualTo(entry.listedOn());
            assertThat(entry.reference()).as("entry " + entry.entry()).isNotBlank();
        }
    }

    @Test
    void theCorrectionsOfTheRegistryReadmeAreShipped() {
        Map<String, ListSnapshot.Entry> fsb = byEntry(list("ru-fsb-terrorist"));
        // The Taliban: suspended by АКПИ25-174с of 17.04.2025, in force 20.05.2025.
        assertThat(fsb.get("11").organization()).isEqualTo("taliban");
        assertThat(fsb.get("11").delistedOn()).isEqualTo("2025-05-20");
        assertThat(fsb.get("11").suspended()).isTrue();
        // Right Sector on the terrorist list since 2025 (АКПИ24-1079с of 23.01.2025), besides its extremist listing.
        assertThat(fsb.get("62").organization()).isEqualTo("right-sector");
        assertThat(fsb.get("62").listedOn()).isEqualTo("2025-01-23");
        assertThat(byEntry(list("ru-minjust-extremist")).get("37").organization()).isEqualTo("right-sector");
        assertThat(fsb.get("21").organization()).isNotEqualTo("right-sector");
        assertThat(release.organizations().get(fsb.get("21").organization()).relations())
                .anySatisfy(r -> assertThat(r.organization()).isEqualTo("right-sector"));
        // HTS: its own Russian listing, and the relation that labels it before.
        assertThat(fsb.get("32").organization()).isEqualTo("hts");
        assertThat(release.organizations().get("hts").relations())
                .anySatisfy(r -> assertThat(r.kind()).isEqualTo(Relation.Kind.SUCCESSOR_OF));
        // Hamas and Hezbollah are on neither Russian list.
        for (String code : List.of("ru-fsb-terrorist", "ru-minjust-extremist")) {
            assertThat(list(code).entries()).extracting(ListSnapshot.Entry::organization).doesNotContain("hamas", "hezbollah");
        }
        // Instagram and Facebook carry Meta's label.
        assertThat(release.organizations().get("instagram").relations())
                .anySatisfy(r -> assertThat(r).isEqualTo(new Relation(Relation.Kind.BRAND_OF, "meta", null, r.note())));
    }

    @Test
    void everyEntryMatchesTheTranscriptionOfTheOfficialList() throws IOException {
        assumeTrue(Files.isDirectory(TRANSCRIPTIONS), "no ../shared/registry/lists here (a fresh clone): nothing to compare with");
        Map<String, ListSnapshot.Entry> fsb = byEntry(list("ru-fsb-terrorist"));
        for (List<String> row : rows("ru_fsb_terrorist_orgs.tsv")) {
            ListSnapshot.Entry entry = fsb.get(row.get(0));
            assertThat(entry).as("FSB entry " + row.get(0)).isNotNull();
            assertThat(entry.printedName()).as("FSB entry " + row.get(0)).isEqualTo(row.get(1));
            assertThat(entry.listedOn()).as("FSB entry " + row.get(0)).isEqualTo(russianDate(row.get(3)));
            assertThat(entry.effectiveOn()).as("FSB entry " + row.get(0)).isEqualTo(russianDate(row.get(5)));
            assertThat(entry.reference()).as("FSB entry " + row.get(0)).contains(row.get(4));
        }
        Map<String, ListSnapshot.Entry> minjust = byEntry(list("ru-minjust-extremist"));
        for (List<String> row : rows("ru_minjust_extremist_orgs.tsv")) {
            if (row.get(3).isBlank()) {
                continue; // the stub of item 30, and the items whose decision the copy cut off (checked above)
            }
            ListSnapshot.Entry entry = minjust.get(row.get(0));
            assertThat(entry).as("MinJust item " + row.get(0)).isNotNull();
            assertThat(entry.listedOn()).as("MinJust item " + row.get(0)).isEqualTo(russianDate(row.get(3)));
            assertThat(row.get(1)).as("MinJust item " + row.get(0)).contains(entry.names().get(0));
        }
    }

    private static List<String> numbers(int from, int to, List<Integer> except) {
        return java.util.stream.IntStream.rangeClosed(from, to).filter(n -> !except.contains(n)).mapToObj(Integer::toString).toList();
    }

    private static Map<String, ListSnapshot.Entry> byEntry(ListSnapshot list) {
        return list.entries().stream().collect(Collectors.toMap(ListSnapshot.Entry::entry, Function.identity()));
    }

    private static LocalDate russianDate(String text) {
        return LocalDate.parse(text.strip(), RUSSIAN_DATE);
    }

    /** The data rows of a transcription: tab-separated, after its comment lines and header. */
    private static List<List<String>> rows(String file) throws IOException {
        List<String> lines = Files.readAllLines(TRANSCRIPTIONS.resolve(file), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
        return lines.subList(1, lines.size()).stream().map(line -> List.of(line.split("\t", -1))).toList();
    }
}
