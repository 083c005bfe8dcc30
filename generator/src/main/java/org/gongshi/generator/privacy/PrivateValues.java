package org.gongshi.generator.privacy;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongshi.generator.load.LoadedContent;
import org.gongshi.generator.load.LoadedProject;
import org.gongshi.generator.model.WagePayment;
import org.gongshi.generator.model.Worker;

/**
 * Every private value of the rosters and wage ledgers, each with the first row it was read from, so that a leak can
 * be traced back to the worker it belongs to. Numbers are kept as digits only (X upper case), as the scan sees them.
 */
final class PrivateValues {

    private final Map<String, PrivateKind> numbers = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    private final Map<String, Set<String>> namesByProject = new HashMap<>();
    private final Map<String, Place> origins = new HashMap<>();

    private PrivateValues() {
    }

    static PrivateValues of(LoadedContent content) {
        PrivateValues values = new PrivateValues();
        for (LoadedProject p : content.projects()) {
            String code = p.record().project().code();
            List<Worker> roster = p.record().roster();
            for (int i = 0; i < roster.size(); i++) {
                Worker w = roster.get(i);
                int line = p.rosterLines().get(i);
                values.add(PrivateKind.NAME, w.name(), code, p.rosterFile(), line);
                values.add(PrivateKind.ID_NUMBER, w.idNumber(), code, p.rosterFile(), line);
                values.add(PrivateKind.PHONE, w.phone(), code, p.rosterFile(), line);
                values.add(PrivateKind.CARD_NUMBER, w.cardNumber(), code, p.rosterFile(), line);
            }
            List<WagePayment> wages = p.record().wages();
            for (int i = 0; i < wages.size(); i++) {
                values.add(PrivateKind.NAME, wages.get(i).name(), code, p.wagesFile(), p.wageLines().get(i));
                values.add(PrivateKind.ID_NUMBER, wages.get(i).idNumber(), code, p.wagesFile(), p.wageLines().get(i));
            }
        }
        return values;
    }

    private void add(PrivateKind kind, String written, String code, Path file, int line) {
        String value = kind == PrivateKind.NAME ? ScanText.of(written).strip() : digits(written);
        if (value.isEmpty()) {
            return;
        }
        if (kind == PrivateKind.NAME) {
            names.add(value);
            namesByProject.computeIfAbsent(code, c -> new HashSet<>()).add(value);
        } else {
            numbers.putIfAbsent(value, kind);
        }
        origins.putIfAbsent(kind + value, new Place(file, line, kind.label()));
    }

    /** "+86 138-1234-5678" → "13812345678"; the ID's check character stays. */
    static String digits(String written) {
        String digits = ScanText.of(written).replaceAll("[^0-9Xx]", "").toUpperCase();
        return digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits;
    }

    Map<String, PrivateKind> numbers() {
        return Map.copyOf(numbers);
    }

    Set<String> names() {
        return Set.copyOf(names);
    }

    /** The names on these projects' rosters and ledgers: the ones that count in text about those projects. */
    Set<String> namesOf(Collection<String> codes) {
        Set<String> near = new HashSet<>();
        codes.forEach(code -> near.addAll(namesByProject.getOrDefault(code, Set.of())));
        return near;
    }

    Optional<Place> origin(Finding finding) {
        return Optional.ofNullable(origins.get(finding.kind() + finding.value()));
    }
}
