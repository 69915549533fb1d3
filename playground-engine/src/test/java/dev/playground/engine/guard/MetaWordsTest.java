package dev.playground.engine.guard;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetaWordsTest {
    @Test
    void findsWholeWordsAndPhrasesOnly() {
        String t = "what does it mean? the attackers said por ejemplo";
        MetaWords meta = MetaWords.scan(t);
        assertTrue(meta.within(0, 9), "'what does'");
        assertTrue(meta.within(13, 17), "'mean'");
        assertFalse(meta.within(19, 36), "'attackers' is not 'attack'");
        int por = t.indexOf("por");
        assertTrue(meta.within(por, t.length()), "'por ejemplo'");
        assertFalse(meta.within(por + 1, t.length()), "a phrase cut by the window does not count");
    }

    @Test
    void phraseNeedsItsNextWord() {
        assertFalse(MetaWords.scan("what doesnt matter").within(0, 18));
        assertFalse(MetaWords.scan("someone said hi").within(0, 15));
        assertTrue(MetaWords.scan("someone typed it").within(0, 16));
    }
}
