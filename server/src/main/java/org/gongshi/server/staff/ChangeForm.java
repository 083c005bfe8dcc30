package org.gongshi.server.staff;

import org.eclipse.jetty.util.Fields;
import org.gongshi.server.FormProblem;
import org.gongshi.server.Forms;
import org.gongshi.server.store.Complaint;
import org.gongshi.server.store.ComplaintStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The change form on a complaint's page, as typed, so that a problem sends it back with the text intact.
 *
 * @param status the enum name of the new status, as the select sends it
 * @param reply  the public reply: the site publishes it
 * @param note   the internal note: only staff see it
 */
record ChangeForm(String status, String reply, String note) {

    static final int MAX_TEXT = 2000;

    /** The statuses a member of staff can move a complaint to; only a new complaint is 待受理. */
    static List<ComplaintStatus> targets() {
        return List.of(ComplaintStatus.ACCEPTED, ComplaintStatus.IN_PROGRESS, ComplaintStatus.CLOSED,
                ComplaintStatus.REJECTED);
    }

    static ChangeForm from(Fields fields) {
        return new ChangeForm(Forms.text(fields, "status").strip(), Forms.text(fields, "reply").strip(),
                Forms.text(fields, "note").strip());
    }

    /**
     * The form as it opens: the complaint's current reply and note, because a change replaces both, so that
     * saving a new status alone keeps them.
     */
    static ChangeForm of(Complaint complaint) {
        ComplaintStatus next = complaint.status() == ComplaintStatus.RECEIVED
                ? ComplaintStatus.ACCEPTED : complaint.status();
        return new ChangeForm(next.name(), complaint.publicReply(), complaint.internalNote());
    }

    Optional<ComplaintStatus> target() {
        return ComplaintStatus.parse(status).filter(targets()::contains);
    }

    /** Every problem at once, in the order the fields appear. */
    List<FormProblem> problems() {
        List<FormProblem> problems = new ArrayList<>();
        if (target().isEmpty()) {
            problems.add(new FormProblem("status", "请选择办理状态。"));
        }
        if (target().filter(ComplaintStatus::isFinal).isPresent() && reply.isEmpty()) {
            problems.add(new FormProblem("reply", "办结或不予受理时须填写公开答复。"));
        }
        tooLong(problems, "reply", "公开答复", reply);
        tooLong(problems, "note", "内部备注", note);
        return problems;
    }

    private static void tooLong(List<FormProblem> problems, String field, String label, String text) {
        int length = text.codePointCount(0, text.length());
        if (length > MAX_TEXT) {
            problems.add(new FormProblem(field, label + "有 " + length + " 字，超过了 " + MAX_TEXT + " 字的上限，请删减 "
                    + (length - MAX_TEXT) + " 字。"));
        }
    }
}
