package org.gongshi.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Staff accounts and their desk sessions. */
public final class StaffStore {

    private final Database database;

    public StaffStore(Database database) {
        this.database = database;
    }

    /** @return false when the name is taken */
    public boolean add(String name, String passwordHash, Instant now) throws SQLException {
        return database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO staff (name, password_hash, created_at) VALUES (?, ?, ?) "
                            + "ON CONFLICT (name) DO NOTHING")) {
                insert.setString(1, name);
                insert.setString(2, passwordHash);
                insert.setLong(3, now.toEpochMilli());
                return insert.executeUpdate() == 1;
            }
        });
    }

    public Optional<String> passwordHash(String name) throws SQLException {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT password_hash FROM staff WHERE name = ?")) {
                query.setString(1, name);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void startSession(String tokenHash, String staff, Instant expires) throws SQLException {
        database.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO staff_session (token_hash, staff, expires_at) VALUES (?, ?, ?)")) {
                insert.setString(1, tokenHash);
                insert.setString(2, staff);
                insert.setLong(3, expires.toEpochMilli());
                return insert.executeUpdate();
            }
        });
    }

    /** The member of staff a live session belongs to. */
    public Optional<String> sessionStaff(String tokenHash, Instant now) throws SQLException {
        return database.read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT staff FROM staff_session WHERE token_hash = ? AND expires_at > ?")) {
                query.setString(1, tokenHash);
                query.setLong(2, now.toEpochMilli());
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Ends one session, and sweeps out every expired one while at it. */
    public void endSession(String tokenHash, Instant now) throws SQLException {
        database.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM staff_session WHERE token_hash = ? OR expires_at <= ?")) {
                delete.setString(1, tokenHash);
                delete.setLong(2, now.toEpochMilli());
                return delete.executeUpdate();
            }
        });
    }
}
