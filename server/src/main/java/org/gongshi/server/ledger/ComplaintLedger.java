package org.gongshi.server.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gongshi.server.BeijingTime;
import org.gongshi.server.store.Complaint;
import org.gongshi.server.store.ComplaintKind;
import org.gongshi.server.store.ComplaintStatus;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The public complaint ledger ({@code content/complaints/ledger.json}) that the next build shows on notice
 * pages and on {@code /complaints/}. Aggregates only: counts by kind and status, the median days to close,
 * and the public replies staff wrote for publication. No description, phone, receipt or complaint number
 * leaves the database this way.
 */
public final class ComplaintLedger {

    /** A project code as printed on signboards (2023-QH-0012); anything else typed names no project. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)+");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ComplaintLedger() {
    }

    /** The ledger as JSON, projects in code order. */
    public static ObjectNode of(List<Complaint> complaints, Instant generated) {
        Map<String, List<Complaint>> byProject = new TreeMap<>();
        List<Complaint> unassigned = new ArrayList<>();
        for (Complaint c : complaints) {
            String code = projectCode(c.project());
            if (code.isEmpty()) {
                unassigned.add(c);
            } else {
                byProject.computeIfAbsent(code, k -> new ArrayList<>()).add(c);
            }
        }
        ObjectNode ledger = JSON.createObjectNode().put("generated", generated.toString());
        ArrayNode projects = ledger.putArray("projects");
        byProject.forEach((code, list) -> projects.add(entry(list).put("code", code)));
        ledger.set("unassigned", entry(unassigned));
        return ledger;
    }

    /** Writes the ledger whole or not at all: a build never reads half a file. */
    public static void write(ObjectNode ledger, Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".ledger", ".tmp");
        try {
            JSON.writeValue(temp.toFile(), ledger);
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The project code a person typed, in the form the site uses; "" when it is not a code. */
    static String projectCode(String typed) {
        String code = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toUpperCase(java.util.Locale.ROOT);
        return CODE.matcher(code).matches() ? code : "";
    }

    private static ObjectNode entry(List<Complaint> complaints) {
        ObjectNode entry = JSON.createObjectNode().put("total", complaints.size());
        ArrayNode byKind = entry.putArray("byKind");
        for (ComplaintKind kind : ComplaintKind.values()) {
            byKind.addObject().put("label", kind.label())
                    .put("count", complaints.stream().filter(c -> c.kind() == kind).count());
        }
        ArrayNode byStatus = entry.putArray("byStatus");
        for (ComplaintStatus status : ComplaintStatus.values()) {
            byStatus.addObject().put("label", status.label())
                    .put("count", complaints.stream().filter(c -> c.status() == status).count());
        }
        List<Long> daysToClose = complaints.stream()
                .filter(c -> c.status() == ComplaintStatus.CLOSED)
                // Calendar days in Beijing: filed at 07:00 Beijing time on the 2nd is filed on the 2nd.
                .map(c -> ChronoUnit.DAYS.between(BeijingTime.date(c.received()),
                        BeijingTime.date(c.closed().orElseThrow())))
                .sorted()
                .toList();
        if (daysToClose.isEmpty()) {
            entry.putNull("medianDaysToClose");
        } else {
            entry.put("medianDaysToClose", median(daysToClose));
        }
        ArrayNode replies = entry.putArray("replies");
        complaints.stream()
                .filter(c -> !c.publicReply().isBlank())
                .sorted(Comparator.comparing(Complaint::received))
                .forEach(c -> {
                    ObjectNode reply = replies.addObject()
                            .put("received", BeijingTime.date(c.received()).toString())
                            .put("kind", c.kind().label())
                            .put("status", c.status().label());
                    c.closed().ifPresentOrElse(closed -> reply.put("closed", BeijingTime.date(closed).toString()),
                            () -> reply.putNull("closed"));
                    reply.put("reply", c.publicReply());
                });
        return entry;
    }

    /** Whole days, or a half when the count is even and the middle two differ by an odd number. */
    static BigDecimal median(List<Long> sorted) {
        int n = sorted.size();
        long sum = n % 2 == 1 ? 2 * sorted.get(n / 2) : sorted.get(n / 2 - 1) + sorted.get(n / 2);
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(2));
    }
}
