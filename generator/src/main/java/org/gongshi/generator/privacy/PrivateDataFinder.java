package org.gongshi.generator.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gongshi.generator.validate.CardNumbers;
import org.gongshi.generator.validate.IdNumbers;

/**
 * Finds private values in text that {@link ScanText} has normalized: ID numbers valid under GB 11643 (check
 * character and birth date), mobile numbers, Luhn-valid card numbers, the exact ID, phone and card values of the
 * rosters, and roster full names.
 *
 * <p>A name of three or more characters counts wherever it appears. A two-character name counts only in text about
 * the worker's own project (its pages, the cases about it, its record), passed in as {@code nearNames}: across a
 * province's rosters, two-character names are also ordinary words and places (柳林, 高平), and matched everywhere they
 * would stop every build.
 *
 * <p>Digits count as one number across single spaces ("138 1234 5678", "1 3 8 …") and across single hyphens between
 * groups of three or more digits ("6222-0212-…"), but never across a hyphen in "2024-05-01". Two numbers that sit
 * side by side are told apart by trying every run of whole groups, so "13812345678 110101199003071234" yields both.
 * Hex tokens of 32 characters or more (the release manifests' SHA-256 sums) are not numbers a person typed and are
 * skipped.
 */
final class PrivateDataFinder {

    private static final int LONGEST = 19;

    private final Map<String, PrivateKind> exactValues;
    /** Names of up to four characters, packed 16 bits a character into a long and sorted: no string per lookup. */
    private final long[] shortNames;
    private final Set<String> longNames;
    private final boolean[] nameStarts = new boolean[Character.MAX_VALUE + 1];
    private final int[] nameLengths;
    private final Set<String> allowed;
    private final LocalDate today;

    /**
     * @param exactValues the rosters' ID, phone and card values (digits only, X upper case) with their kinds
     * @param names       the rosters' full names; names of one character are left out, they would match everywhere;
     *                    two-character ones are matched only where a search passes them as near
     * @param allowed     numbers published on purpose (hotlines), digits only
     */
    PrivateDataFinder(Map<String, PrivateKind> exactValues, Set<String> names, Set<String> allowed, LocalDate today) {
        this.exactValues = Map.copyOf(exactValues);
        List<String> kept = names.stream().filter(n -> n.codePointCount(0, n.length()) >= 2).toList();
        this.shortNames = kept.stream().filter(n -> n.length() <= 4).mapToLong(n -> pack(n, 0, n.length())).sorted().toArray();
        this.longNames = Set.copyOf(kept.stream().filter(n -> n.length() > 4).toList());
        Set<Integer> lengths = new TreeSet<>();
        for (String name : kept) {
            nameStarts[name.charAt(0)] = true;
            lengths.add(name.length());
        }
        this.nameLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
        this.allowed = Set.copyOf(allowed);
        this.today = today;
    }

    private static long pack(CharSequence text, int from, int to) {
        long key = 0;
        for (int i = from; i < to; i++) {
            key = key << 16 | text.charAt(i);
        }
        return key;
    }

    /** Finds with three-character names and longer only: text about no project in particular. */
    List<Finding> find(String text, int firstLine) {
        return find(text, firstLine, Set.of());
    }

    List<Finding> find(String text, int firstLine, Set<String> nearNames) {
        List<Finding> found = new ArrayList<>();
        int line = firstLine;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (isDigit(c)) {
                i = numbers(text, i, line, found);
            } else {
                if (nameStarts[c]) {
                    names(text, i, line, nearNames, found);
                }
                i++;
            }
        }
        return found;
    }

    private void names(String text, int at, int line, Set<String> nearNames, List<Finding> found) {
        for (int length : nameLengths) {
            if (at + length > text.length()) {
                return;
            }
            boolean known = length <= 4 ? Arrays.binarySearch(shortNames, pack(text, at, at + length)) >= 0
                    : longNames.contains(text.substring(at, at + length));
            if (known) {
                String candidate = text.substring(at, at + length);
                if (candidate.codePointCount(0, length) > 2 || nearNames.contains(candidate)) {
                    found.add(new Finding(PrivateKind.NAME, candidate, line));
                }
            }
        }
    }

    /** Reads the digit groups starting at {@code start}, reports what they hold, and returns where scanning goes on. */
    private int numbers(String text, int start, int line, List<Finding> found) {
        List<String> groups = new ArrayList<>();
        int i = start;
        while (true) {
            int from = i;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
            String group = text.substring(from, i);
            if (i < text.length() && (text.charAt(i) == 'X' || text.charAt(i) == 'x') && !isLetter(text, i + 1)) {
                groups.add(group + "X");
                i++;
                break;
            }
            groups.add(group);
            if (!joinsNext(text, i, group.length())) {
                break;
            }
            i++;
        }
        if (!isHashToken(text, start, i)) {
            report(groups, line, found);
        }
        return i;
    }

    private static boolean joinsNext(String text, int at, int groupLength) {
        if (at + 1 >= text.length() || !isDigit(text.charAt(at + 1))) {
            return false;
        }
        char separator = text.charAt(at);
        if (separator == ' ') {
            return true;
        }
        if (separator != '-' || groupLength < 3) {
            return false;
        }
        int next = at + 1;
        while (next < text.length() && isDigit(text.charAt(next))) {
            next++;
        }
        return next - at - 1 >= 3;
    }

    /** A finding that spans groups {@code first..last}. */
    private record Span(int first, int last, Finding finding) {
        boolean inside(Span other) {
            return other != this && other.first <= first && last <= other.last
                    && (other.first < first || last < other.last);
        }
    }

    /**
     * Tries every run of whole groups; where runs overlap, only the longest counts, so that "6222 0212 3456 7890 128"
     * is one card and not also the Luhn-valid "6222 0212 3456 7890" inside it.
     */
    private void report(List<String> groups, int line, List<Finding> found) {
        List<Span> spans = new ArrayList<>();
        for (int first = 0; first < groups.size(); first++) {
            StringBuilder run = new StringBuilder();
            for (int last = first; last < groups.size() && run.length() <= LONGEST; last++) {
                run.append(groups.get(last));
                int at = last;
                int from = first;
                classify(run.toString(), line).ifPresent(f -> spans.add(new Span(from, at, f)));
            }
            String group = groups.get(first);
            for (int from = 0; group.length() > 18 && from + 18 <= group.length(); from++) {
                int at = first;
                idNumber(group.substring(from, from + 18), line).ifPresent(f -> spans.add(new Span(at, at, f)));
            }
        }
        spans.stream().filter(s -> spans.stream().noneMatch(s::inside)).forEach(s -> found.add(s.finding()));
    }

    private Optional<Finding> classify(String number, int line) {
        PrivateKind exact = exactValues.get(number);
        if (exact != null) {
            return Optional.of(new Finding(exact, number, line));
        }
        if (number.endsWith("X")) {
            return idNumber(number, line);
        }
        String mobile = number.length() == 13 && number.startsWith("86") ? number.substring(2) : number;
        if (allowed.contains(mobile)) {
            return Optional.empty();
        }
        if (isMobile(mobile)) {
            return Optional.of(new Finding(PrivateKind.PHONE, mobile, line));
        }
        Optional<Finding> id = number.length() == 18 ? idNumber(number, line) : Optional.empty();
        if (id.isEmpty() && number.length() >= 13 && number.length() <= LONGEST && CardNumbers.luhn(number)) {
            return Optional.of(new Finding(PrivateKind.CARD_NUMBER, number, line));
        }
        return id;
    }

    private Optional<Finding> idNumber(String number, int line) {
        return IdNumbers.isValid(number, today) ? Optional.of(new Finding(PrivateKind.ID_NUMBER, number, line))
                : Optional.empty();
    }

    private static boolean isMobile(String number) {
        return number.length() == 11 && number.charAt(0) == '1' && number.charAt(1) >= '3';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A SHA-256 sum or similar: the digits sit inside a token of 32 or more hex characters, letters among them. */
    private static boolean isHashToken(String text, int start, int end) {
        int from = start;
        while (from > 0 && isHex(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && isHex(text.charAt(to))) {
            to++;
        }
        return to - from >= 32 && (from < start || to > end);
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
