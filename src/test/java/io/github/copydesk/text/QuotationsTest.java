package io.github.copydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationsTest {
    @Test
    void curlyAndStraightDoubleQuotes() {
        assertThat(Quotations.find("He said “we will win” and \"they will lose\".", false))
                .containsExactly(new Quotation(8, 20, true), new Quotation(26, 41, true));
    }

    @Test
    void singleQuotesOnlyWhenAsked() {
        String text = "The ‘heroism’ of the country’s ’90s team.";
        assertThat(Quotations.find(text, false)).isEmpty();
        assertThat(Quotations.find(text, true)).containsExactly(new Quotation(4, 12, true));
    }

    @Test
    void singleQuotesInsideDoubleArePartOfTheQuote() {
        assertThat(Quotations.find("“We call it ‘the long winter’ here.”", true)).containsExactly(new Quotation(0, 35, true));
    }

    @Test
    void inchMarksAreNotQuotationMarks() {
        assertThat(Quotations.find("The 6'2\" striker and a 12\" drill.", false)).isEmpty();
    }

    @Test
    void anUnclosedQuoteRunsToTheEndAndAStrayClosingMarkIsIgnored() {
        assertThat(Quotations.find("Prices” rose. “We waited", false)).containsExactly(new Quotation(14, 24, false));
    }

    @Test
    void twoApostrophesInARowStandForADoubleMark() {
        // The mark is the apostrophe next to the quoted words.
        assertThat(Quotations.find("\"We will win the next round,'' the minister said.", false))
                .containsExactly(new Quotation(0, 28, true));
        assertThat(Quotations.find("He said ''we will win'' on Monday.", false)).containsExactly(new Quotation(9, 21, true));
    }

    @Test
    void maskingHidesTheQuotedWordsButKeepsTheirClosingFullStop() {
        String text = "“I told them. Go.” He left.";
        assertThat(Quotations.mask(text, Quotations.find(text, false))).isEqualTo("“xxxxxxxxxxxxxxx.” He left.");
    }
}
