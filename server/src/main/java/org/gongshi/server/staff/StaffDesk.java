package org.gongshi.server.staff;

import org.gongshi.server.crypto.Keys;
import org.gongshi.server.hotline.Hotline;
import org.gongshi.server.store.Complaint;
import org.gongshi.server.store.ComplaintEvent;
import org.gongshi.server.store.ComplaintFilter;
import org.gongshi.server.store.ComplaintStatus;
import org.gongshi.server.store.ComplaintStore;
import org.gongshi.server.store.StaffStore;
import org.gongshi.server.store.StatusChange;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the staff desk does, apart from HTTP: passwords, sessions, and reading and changing complaints. */
public final class StaffDesk {

    private final StaffStore staff;
    private final ComplaintStore complaints;
    private final Hotline hotline;
    private final StaffSessions sessions;
    private final Clock clock;

    /** @param hotline unseals contact phones, which only the desk shows */
    public StaffDesk(StaffStore staff, ComplaintStore complaints, Hotline hotline, Keys keys, Clock clock) {
        this.staff = staff;
        this.complaints = complaints;
        this.hotline = hotline;
        this.sessions = new StaffSessions(staff, keys, clock);
        this.clock = clock;
    }

    StaffSessions sessions() {
        return sessions;
    }

    /** One Argon2 computation whether or not the account exists. */
    boolean passwordMatches(String name, String password) throws SQLException {
        return Passwords.verify(password, staff.passwordHash(name));
    }

    List<Complaint> list(ComplaintFilter filter) throws SQLException {
        return complaints.list(filter);
    }

    Map<ComplaintStatus, Integer> countByStatus(ComplaintFilter filter) throws SQLException {
        return complaints.countByStatus(filter);
    }

    Optional<Complaint> complaint(long id) throws SQLException {
        return complaints.byId(id);
    }

    List<ComplaintEvent> events(Complaint complaint) throws SQLException {
        return complaints.events(complaint.id());
    }

    /** The contact phone; "" when none was given. */
    String phone(Complaint complaint) {
        return hotline.phone(complaint);
    }

    /** Applies a checked form as the session's member of staff; the store logs who, when, from and to. */
    void change(Complaint complaint, ChangeForm form, StaffSession session) throws SQLException {
        complaints.change(new StatusChange(complaint.id(), session.staff(), form.target().orElseThrow(),
                form.reply(), form.note(), clock.instant()));
    }
}
