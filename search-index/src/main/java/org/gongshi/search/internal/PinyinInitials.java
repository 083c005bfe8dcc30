package org.gongshi.search.internal;

import net.sourceforge.pinyin4j.PinyinHelper;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pinyin initials a villager types for a name on a phone keyboard: 东陈村 → "dcc". A character with
 * several readings gives every spelling (长岭村 → "zlc" and "clc"), because the common reading of a
 * character is often not the one a place name uses.
 */
public final class PinyinInitials {

    /** Spellings of one name; beyond this a name of many polyphonic characters keeps its first readings. */
    static final int MAX_SPELLINGS = 16;

    private PinyinInitials() {
    }

    public static Set<String> of(List<String> names) {
        Set<String> all = new LinkedHashSet<>();
        names.forEach(name -> all.addAll(of(name)));
        all.remove("");
        return all;
    }

    static List<String> of(String name) {
        List<String> spellings = List.of("");
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (int i = 0; i < folded.length(); i++) {
            List<Character> initials = initials(folded.charAt(i));
            if (spellings.size() * initials.size() > MAX_SPELLINGS) {
                initials = initials.subList(0, 1);
            }
            List<String> next = new ArrayList<>();
            for (String spelling : spellings) {
                for (char initial : initials) {
                    next.add(spelling + initial);
                }
            }
            if (!next.isEmpty()) {
                spellings = next;
            }
        }
        return spellings;
    }

    /** Letters and digits stand for themselves; punctuation and spaces are not typed. */
    private static List<Character> initials(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            return List.of(c);
        }
        Set<Character> initials = new LinkedHashSet<>();
        String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
        if (readings != null) {
            for (String reading : readings) {
                if (!reading.isEmpty()) {
                    initials.add(reading.charAt(0));
                }
            }
        }
        return new ArrayList<>(initials);
    }
}
