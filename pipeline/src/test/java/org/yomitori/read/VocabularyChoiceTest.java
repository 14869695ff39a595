package org.yomitori.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yomitori.validate.Relationships;

class VocabularyChoiceTest {
    private static final List<String> WORDS = Relationships.words();

    @Test
    void aListedWordWinsOverItsOneCharacterMiss() {
        assertEquals(Optional.of("世帯主"), VocabularyChoice.of("世帯", "世帯主", WORDS));
        assertEquals(Optional.of("世帯主"), VocabularyChoice.of("世帯主", "世帯", WORDS));
        assertEquals(Optional.of("普通"), VocabularyChoice.of("普迪", "普通", List.of("普通", "当座")));
        assertEquals(Optional.empty(), VocabularyChoice.of("夫", "天", WORDS), "one character is as near to every one-character word");
    }

    @Test
    void twoListedWordsAreNotSettled() {
        assertEquals(Optional.empty(), VocabularyChoice.of("長男", "長女", WORDS));
    }

    @Test
    void aMissAsNearToAnotherWordIsNotSettled() {
        // 長田 is one character from 長男 and from 長女: the read of 長男 alone cannot decide.
        assertEquals(Optional.empty(), VocabularyChoice.of("長田", "長男", WORDS));
        assertEquals(Optional.empty(), VocabularyChoice.of("次男", "次田", WORDS), "次田 is as near to 次女");
        assertEquals(Optional.empty(), VocabularyChoice.of("和子", "子", WORDS), "和子 is as near to 養子");
    }

    @Test
    void readsFarFromEveryWordAreNotSettled() {
        assertEquals(Optional.empty(), VocabularyChoice.of("E33", "地", WORDS));
        assertEquals(Optional.empty(), VocabularyChoice.of("了和子", "子", WORDS));
    }

    @Test
    void distanceCountsEditsOfCharacters() {
        assertEquals(0, VocabularyChoice.distance("妻", "妻"));
        assertEquals(1, VocabularyChoice.distance("子", "和子"));
        assertEquals(2, VocabularyChoice.distance("妻の父", "妻"));
    }
}
