package org.gongshi.server.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same behaviour on every database gongshi supports; each subclass supplies a fresh, empty one. */
abstract class ComplaintStoreContract {

    static final Instant T0 = Instant.parse("2026-10-01T02:00:00Z");

    Database database;
    ComplaintStore complaints;
    StaffStore staff;

    abstract String freshDatabaseUrl() throws Exception;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(freshDatabaseUrl());
        complaints = new ComplaintStore(database);
        staff = new StaffStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static NewComplaint complaint(String nonce, String receipt, String project, ComplaintKind kind) {
        return new NewComplaint(nonce, receipt, project, kind, "三月份工资没有发放", "", false, T0);
    }

    @Test
    void theSameFormFiledTwiceIsOneComplaint() throws Exception {
        ComplaintStore.Filed first = complaints.file(complaint("n1", "r1", "2023-QH-0001", ComplaintKind.WAGE));
        ComplaintStore.Filed again = complaints.file(complaint("n1", "r1", "2023-QH-0001", ComplaintKind.WAGE));

        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(first.id(), again.id());
        assertEquals(1, complaints.list(ComplaintFilter.all()).size());
    }

    @Test
    void concurrentResubmissionsOfOneFormMakeOneComplaint() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        List<Future<Boolean>> created = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            created.add(pool.submit(() -> {
                start.await();
                ComplaintStore.Filed filed = complaints.file(complaint("same", "r", "", ComplaintKind.OTHER));
                ids.add(filed.id());
                return filed.created();
            }));
        }
        start.countDown();
        long creators = 0;
        for (Future<Boolean> f : created) {
            creators += f.get() ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(1, creators);
        assertEquals(1, ids.size());
        assertEquals(1, complaints.list(ComplaintFilter.all()).size());
    }

    @Test
    void aComplaintIsFoundByItsReceiptHashOnly() throws Exception {
        complaints.file(complaint("n1", "receipt-hash", "2023-QH-0001", ComplaintKind.QUALITY));

        Complaint found = complaints.byReceipt("receipt-hash").orElseThrow();
        assertEquals("2023-QH-0001", found.project());
        assertEquals(ComplaintKind.QUALITY, found.kind());
        assertEquals(ComplaintStatus.RECEIVED, found.status());
        assertEquals(T0, found.received());
        assertEquals(Optional.empty(), found.closed());
        assertEquals(Optional.empty(), complaints.byReceipt("n1"));
    }

    @Test
    void everyChangeIsLoggedAndClosingKeepsItsFirstDate() throws Exception {
        long id = complaints.file(complaint("n1", "r1", "2023-QH-0001", ComplaintKind.WAGE)).id();
        Instant t1 = T0.plusSeconds(86_400);
        Instant t2 = t1.plusSeconds(86_400);
        Instant t3 = t2.plusSeconds(86_400);

        complaints.change(new StatusChange(id, "李科员", ComplaintStatus.ACCEPTED, "", "已转施工单位", t1));
        complaints.change(new StatusChange(id, "李科员", ComplaintStatus.CLOSED, "已补发", "", t2));
        complaints.change(new StatusChange(id, "王股长", ComplaintStatus.CLOSED, "已补发三月工资", "", t3));

        Complaint now = complaints.byId(id).orElseThrow();
        assertEquals(ComplaintStatus.CLOSED, now.status());
        assertEquals("已补发三月工资", now.publicReply());
        assertEquals(Optional.of(t2), now.closed());
        List<ComplaintEvent> log = complaints.events(id);
        assertEquals(List.of(
                new ComplaintEvent("李科员", t1, ComplaintStatus.RECEIVED, ComplaintStatus.ACCEPTED, "", "已转施工单位"),
                new ComplaintEvent("李科员", t2, ComplaintStatus.ACCEPTED, ComplaintStatus.CLOSED, "已补发", ""),
                new ComplaintEvent("王股长", t3, ComplaintStatus.CLOSED, ComplaintStatus.CLOSED, "已补发三月工资", "")),
                log);

        complaints.change(new StatusChange(id, "王股长", ComplaintStatus.IN_PROGRESS, "", "重新核查", t3));
        assertEquals(Optional.empty(), complaints.byId(id).orElseThrow().closed());
    }

    @Test
    void changingAnUnknownComplaintChangesNothing() throws Exception {
        assertEquals(Optional.empty(),
                complaints.change(new StatusChange(99, "李科员", ComplaintStatus.CLOSED, "", "", T0)));
    }

    @Test
    void theDeskListsNewestFirstAndFilters() throws Exception {
        complaints.file(complaint("a", "ra", "2023-QH-0001", ComplaintKind.WAGE));
        complaints.file(new NewComplaint("b", "rb", "2023-QH-0002", ComplaintKind.QUALITY, "x", "", true,
                T0.plusSeconds(60)));
        long c = complaints.file(new NewComplaint("c", "rc", "2023-QH-0001", ComplaintKind.QUALITY, "y", "", false,
                T0.plusSeconds(120))).id();
        complaints.change(new StatusChange(c, "李科员", ComplaintStatus.ACCEPTED, "", "", T0.plusSeconds(180)));

        assertEquals(List.of("c", "b", "a"), descriptions(ComplaintFilter.all()));
        assertEquals(List.of("c", "b"), descriptions(new ComplaintFilter(
                Optional.empty(), Optional.of(ComplaintKind.QUALITY), "", 0, 10)));
        assertEquals(List.of("b", "a"), descriptions(new ComplaintFilter(
                Optional.of(ComplaintStatus.RECEIVED), Optional.empty(), "", 0, 10)));
        assertEquals(List.of("c", "a"), descriptions(new ComplaintFilter(
                Optional.empty(), Optional.empty(), "2023-QH-0001", 0, 10)));
        assertEquals(List.of("b"), descriptions(new ComplaintFilter(
                Optional.empty(), Optional.empty(), "", 1, 1)));
    }

    @Test
    void theDeskCountsEachStatusWithinTheKindAndProjectChosen() throws Exception {
        complaints.file(complaint("a", "ra", "2023-QH-0001", ComplaintKind.WAGE));
        complaints.file(complaint("b", "rb", "2023-QH-0001", ComplaintKind.QUALITY));
        long c = complaints.file(complaint("c", "rc", "2023-QH-0002", ComplaintKind.WAGE)).id();
        complaints.change(new StatusChange(c, "李科员", ComplaintStatus.CLOSED, "已补发", "", T0.plusSeconds(60)));

        Map<ComplaintStatus, Integer> wage = complaints.countByStatus(new ComplaintFilter(
                Optional.of(ComplaintStatus.RECEIVED), Optional.of(ComplaintKind.WAGE), "", 0, 1));
        assertEquals(Map.of(ComplaintStatus.RECEIVED, 1, ComplaintStatus.ACCEPTED, 0, ComplaintStatus.IN_PROGRESS, 0,
                ComplaintStatus.CLOSED, 1, ComplaintStatus.REJECTED, 0), wage);
        Map<ComplaintStatus, Integer> project = complaints.countByStatus(new ComplaintFilter(
                Optional.empty(), Optional.empty(), "2023-QH-0001", 0, 1));
        assertEquals(2, project.get(ComplaintStatus.RECEIVED));
        assertEquals(0, project.get(ComplaintStatus.CLOSED));
    }

    private List<String> descriptions(ComplaintFilter filter) throws Exception {
        return complaints.list(filter).stream()
                .map(c -> c.description().equals("三月份工资没有发放") ? "a" : c.description().equals("x") ? "b" : "c")
                .toList();
    }

    @Test
    void staffNamesAreUniqueAndSessionsExpire() throws Exception {
        assertTrue(staff.add("李科员", "$argon2id$hash", T0));
        assertFalse(staff.add("李科员", "$argon2id$other", T0));
        assertEquals(Optional.of("$argon2id$hash"), staff.passwordHash("李科员"));
        assertEquals(Optional.empty(), staff.passwordHash("王股长"));

        staff.startSession("token-hash", "李科员", T0.plusSeconds(3600));
        assertEquals(Optional.of("李科员"), staff.sessionStaff("token-hash", T0));
        assertEquals(Optional.empty(), staff.sessionStaff("token-hash", T0.plusSeconds(3600)));

        staff.startSession("t2", "李科员", T0.plusSeconds(3600));
        staff.endSession("t2", T0);
        assertEquals(Optional.empty(), staff.sessionStaff("t2", T0));
        assertEquals(Optional.of("李科员"), staff.sessionStaff("token-hash", T0));
    }
}
