package io.github.copydesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.copydesk.rule.Finding;
import io.github.copydesk.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static Finding finding(String path, int line, String rule, String matched) {
        return new Finding(path, line, 1, line, 2, rule, Severity.ERROR, "Leftover: " + matched, matched, matched, "");
    }

    @Test
    void staysTheSameWhenTheFindingMovesToAnotherLine() {
        List<String> before = Fingerprint.of(List.of(finding("a.txt", 13, "promo-link", "Harbour Daily - Ferries return")));
        List<String> after = Fingerprint.of(List.of(finding("a.txt", 40, "promo-link", "Harbour Daily - Ferries return")));

        assertThat(after).isEqualTo(before);
        assertThat(before.get(0)).hasSize(32).matches("[0-9a-f]{32}");
    }

    @Test
    void readsBlanksLineBreaksAndCaseAsTheSame() {
        assertThat(Fingerprint.of(List.of(finding("a.txt", 1, "promo-link", "Harbour Daily -\r\n  Ferries RETURN "))))
                .isEqualTo(Fingerprint.of(List.of(finding("a.txt", 9, "promo-link", "harbour daily - ferries return"))));
        assertThat(Fingerprint.normalise(" Cafe\u0301\n\tAu  Lait ")).isEqualTo("café au lait");
    }

    @Test
    void repeatedTextIsTellApartByItsOccurrence() {
        List<String> fingerprints = Fingerprint.of(List.of(
                finding("a.txt", 5, "promo-link", "👉"),
                finding("a.txt", 9, "promo-link", "👉"),
                finding("b.txt", 5, "promo-link", "👉")));

        assertThat(fingerprints).doesNotHaveDuplicates();
        // The first marker is the same finding whether or not a second one follows it.
        assertThat(fingerprints.get(0)).isEqualTo(Fingerprint.of(List.of(finding("a.txt", 7, "promo-link", "👉"))).get(0));
    }

    @Test
    void pathAndRuleAreParts() {
        String promo = Fingerprint.of(List.of(finding("a.txt", 5, "promo-link", "Read more: x"))).get(0);

        assertThat(Fingerprint.of(List.of(finding("b.txt", 5, "promo-link", "Read more: x")))).doesNotContain(promo);
        assertThat(Fingerprint.of(List.of(finding("a.txt", 5, "teasers", "Read more: x")))).doesNotContain(promo);
    }

    @Test
    void aFindingWithoutTextIsNamedByItsMessage() {
        Finding empty = new Finding("a.txt", 1, 1, 1, 2, "copydesk-input", Severity.ERROR, "File is empty", "", "", "");
        Finding binary = new Finding("a.txt", 1, 1, 1, 2, "copydesk-input", Severity.ERROR, "Binary file", "", "", "");

        assertThat(Fingerprint.of(List.of(empty))).doesNotContainAnyElementsOf(Fingerprint.of(List.of(binary)));
    }
}
