package io.github.copydesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void splitsAtFullStopsBeforeACapital() {
        assertThat(Sentences.split("Rain fell. Roads closed! Why? 12 people left."))
                .containsExactly(new Sentences.Sentence(0, 10), new Sentences.Sentence(11, 24),
                        new Sentences.Sentence(25, 29), new Sentences.Sentence(30, 45));
    }

    @Test
    void abbreviationsInitialsAndLowerCaseDoNotEndASentence() {
        assertThat(Sentences.split("Gen. Roe met Mr. J. K. Doe in the U.S. on Monday. it rained."))
                .containsExactly(new Sentences.Sentence(0, 60));
    }

    @Test
    void closingMarksBelongToTheSentenceTheyEnd() {
        assertThat(Sentences.split("“We won.” The crowd cheered."))
                .containsExactly(new Sentences.Sentence(0, 9), new Sentences.Sentence(10, 28));
    }
}
