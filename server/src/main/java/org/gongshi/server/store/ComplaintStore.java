package org.gongshi.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Complaints and their change log: every SQL statement that touches them. */
public final class ComplaintStore {

    /** The outcome of filing: the complaint's number, and whether this call created it. */
    public record Filed(long id, boolean created) {
    }

    private static final String COLUMNS = "id, project, kind, description, phone_sealed, anonymous, status, "
            + "public_reply, internal_note, received_at, updated_at, closed_at";

    private final Database database;

    public ComplaintStore(Database database) {
        this.database = database;
    }

    /**
     * Files a complaint, durably, unless one with the same nonce is already filed: a form sent twice (double
     * click, back and resubmit, a retry after a lost answer) stays one complaint.
     */
    public Filed file(NewComplaint c) throws SQLException {
        return database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO complaint (nonce_hash, receipt_hash, project, kind, description, phone_sealed, "
                            + "anonymous, status, public_reply, internal_note, received_at, updated_at, closed_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, 0) "
                            // No conflict target: the same form sent twice at once carries the same receipt
                            // too, and PostgreSQL may meet that unique key first.
                            + "ON CONFLICT DO NOTHING RETURNING id")) {
                insert.setString(1, c.nonceHash());
                insert.setString(2, c.receiptHash());
                insert.setString(3, c.project());
                insert.setString(4, c.kind().name());
                insert.setString(5, c.description());
                insert.setString(6, c.phoneSealed());
                insert.setInt(7, c.anonymous() ? 1 : 0);
                insert.setString(8, ComplaintStatus.RECEIVED.name());
                insert.setLong(9, c.received().toEpochMilli());
                insert.setLong(10, c.received().toEpochMilli());
                try (ResultSet created = insert.executeQuery()) {
                    if (created.next()) {
                        return new Filed(created.getLong(1), true);
                    }
                }
            }
            try (PreparedStatement existing = connection.prepareStatement(
                    "SELECT id FROM complaint WHERE nonce_hash = ?")) {
                existing.setString(1, c.nonceHash());
                try (ResultSet row = existing.executeQuery()) {
                    if (!row.next()) {
                        throw new SQLException("receipt code already taken by another complaint");
                    }
                    return new Filed(row.getLong(1), false);
                }
            }
        });
    }

    public Optional<Complaint> byReceipt(String receiptHash) throws SQLException {
        return database.read(connection -> one(connection,
                "SELECT " + COLUMNS + " FROM complaint WHERE receipt_hash = ?", receiptHash));
    }

    public Optional<Complaint> byId(long id) throws SQLException {
        return database.read(connection -> one(connection,
                "SELECT " + COLUMNS + " FROM complaint WHERE id = ?", id));
    }

    /** Newest first. */
    public List<Complaint> list(ComplaintFilter filter) throws SQLException {
        Where where = Where.of(filter, true);
        List<Object> args = new ArrayList<>(where.args());
        args.add((long) filter.limit());
        args.add((long) filter.offset());
        String sql = "SELECT " + COLUMNS + " FROM complaint" + where.sql()
                + " ORDER BY received_at DESC, id DESC LIMIT ? OFFSET ?";
        return database.read(connection -> {
            try (PreparedStatement query = prepare(connection, sql, args.toArray())) {
                List<Complaint> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(complaint(rows));
                    }
                }
                return found;
            }
        });
    }

    /**
     * How many complaints of each status match the filter's kind and project (its status, offset and limit
     * are ignored): the desk shows them beside the status choices, and the total of the list from them.
     * Every status is in the map, with 0 when none match.
     */
    public Map<ComplaintStatus, Integer> countByStatus(ComplaintFilter filter) throws SQLException {
        Where where = Where.of(filter, false);
        String sql = "SELECT status, COUNT(*) FROM complaint" + where.sql() + " GROUP BY status";
        return database.read(connection -> {
            Map<ComplaintStatus, Integer> counts = new EnumMap<>(ComplaintStatus.class);
            for (ComplaintStatus status : ComplaintStatus.values()) {
                counts.put(status, 0);
            }
            try (PreparedStatement query = prepare(connection, sql, where.args().toArray());
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(ComplaintStatus.valueOf(rows.getString(1)), rows.getInt(2));
                }
            }
            return counts;
        });
    }

    /** A filter as a WHERE clause and its parameters. */
    private record Where(String sql, List<Object> args) {

        static Where of(ComplaintFilter filter, boolean byStatus) {
            StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
            List<Object> args = new ArrayList<>();
            if (byStatus && filter.status().isPresent()) {
                sql.append(" AND status = ?");
                args.add(filter.status().get().name());
            }
            filter.kind().ifPresent(k -> {
                sql.append(" AND kind = ?");
                args.add(k.name());
            });
            if (!filter.project().isEmpty()) {
                sql.append(" AND project = ?");
                args.add(filter.project());
            }
            return new Where(sql.toString(), args);
        }
    }

    /**
     * Applies a change and logs it (who, when, from, to) in the same transaction.
     *
     * @return the logged event, or empty when there is no such complaint
     */
    public Optional<ComplaintEvent> change(StatusChange change) throws SQLException {
        return database.write(connection -> {
            Optional<Complaint> current = one(connection,
                    "SELECT " + COLUMNS + " FROM complaint WHERE id = ?", change.complaintId());
            if (current.isEmpty()) {
                return Optional.empty();
            }
            ComplaintStatus from = current.get().status();
            long at = change.at().toEpochMilli();
            // A complaint closes once; editing the reply of a closed complaint keeps its closing date.
            long closedAt = !change.to().isFinal() ? 0
                    : current.get().closed().map(Instant::toEpochMilli).orElse(at);
            try (PreparedStatement update = prepare(connection,
                    "UPDATE complaint SET status = ?, public_reply = ?, internal_note = ?, updated_at = ?, "
                            + "closed_at = ? WHERE id = ?",
                    change.to().name(), change.publicReply(), change.internalNote(), at, closedAt,
                    change.complaintId())) {
                update.executeUpdate();
            }
            try (PreparedStatement log = prepare(connection,
                    "INSERT INTO complaint_event (complaint_id, staff, at, from_status, to_status, public_reply, "
                            + "internal_note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    change.complaintId(), change.staff(), at, from.name(), change.to().name(),
                    change.publicReply(), change.internalNote())) {
                log.executeUpdate();
            }
            return Optional.of(new ComplaintEvent(change.staff(), change.at(), from, change.to(),
                    change.publicReply(), change.internalNote()));
        });
    }

    /** Oldest first. */
    public List<ComplaintEvent> events(long complaintId) throws SQLException {
        return database.read(connection -> {
            try (PreparedStatement query = prepare(connection,
                    "SELECT staff, at, from_status, to_status, public_reply, internal_note FROM complaint_event "
                            + "WHERE complaint_id = ? ORDER BY at, id", complaintId)) {
                List<ComplaintEvent> events = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        events.add(new ComplaintEvent(rows.getString(1), Instant.ofEpochMilli(rows.getLong(2)),
                                ComplaintStatus.valueOf(rows.getString(3)), ComplaintStatus.valueOf(rows.getString(4)),
                                rows.getString(5), rows.getString(6)));
                    }
                }
                return events;
            }
        });
    }

    private static Optional<Complaint> one(Connection connection, String sql, Object key) throws SQLException {
        try (PreparedStatement query = prepare(connection, sql, key); ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(complaint(rows)) : Optional.empty();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }

    private static Complaint complaint(ResultSet row) throws SQLException {
        long closed = row.getLong(12);
        return new Complaint(
                row.getLong(1),
                row.getString(2),
                ComplaintKind.valueOf(row.getString(3)),
                row.getString(4),
                row.getString(5),
                row.getInt(6) == 1,
                ComplaintStatus.valueOf(row.getString(7)),
                row.getString(8),
                row.getString(9),
                Instant.ofEpochMilli(row.getLong(10)),
                Instant.ofEpochMilli(row.getLong(11)),
                closed == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(closed)));
    }
}
