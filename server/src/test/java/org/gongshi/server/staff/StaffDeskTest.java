package org.gongshi.server.staff;

import org.gongshi.server.store.Complaint;
import org.gongshi.server.store.ComplaintEvent;
import org.gongshi.server.store.ComplaintKind;
import org.gongshi.server.store.ComplaintStatus;
import org.gongshi.server.store.StatusChange;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A member of staff at work: the list, one complaint, and changing it. */
class StaffDeskTest extends StaffDeskFixture {

    @Test
    void theListShowsComplaintsNewestFirstAndFiltersByStatusKindAndProject() throws Exception {
        long wage = file("2023-QH-0012", ComplaintKind.WAGE, "三月份的工资到现在还没有发，工地负责人说要等验收以后统一发放，已经拖了两个多月了。", "");
        long quality = file("2023-QH-0013", ComplaintKind.QUALITY, "路面已经开裂。", "");
        long other = file("", ComplaintKind.OTHER, "公示牌被挡住了。", "");
        complaints.change(new StatusChange(quality, "王股长", ComplaintStatus.ACCEPTED,
                "", "", T0.plusSeconds(3600)));
        String cookie = logIn();

        Document all = Jsoup.parse(get("/staff/complaints", cookie).body());
        assertEquals(List.of(String.valueOf(other), String.valueOf(quality), String.valueOf(wage)), column(all, 0));
        assertEquals("共 3 件，本页第 1–3 件", all.selectFirst(".result-count").text());
        List<String> first = rowTexts(all).get(2);
        assertEquals(List.of(String.valueOf(wage), "2026-10-01 10:00", "2023-QH-0012", "拖欠或克扣工资", "待受理",
                "三月份的工资到现在还没有发，工地负责人说要等验收以后统一发放，已经拖了两个多月了…"), first);
        assertEquals("/staff/complaints/" + wage, all.select("tbody tr").get(2).selectFirst("a").attr("href"));
        assertEquals("待受理（2）", all.selectFirst("option[value=RECEIVED]").text());
        assertEquals("已受理（1）", all.selectFirst("option[value=ACCEPTED]").text());

        Document received = Jsoup.parse(get("/staff/complaints?status=RECEIVED", cookie).body());
        assertEquals(List.of(String.valueOf(other), String.valueOf(wage)), column(received, 0));
        assertTrue(received.selectFirst("option[value=RECEIVED]").hasAttr("selected"));

        Document receivedWage = Jsoup.parse(get("/staff/complaints?status=RECEIVED&kind=wage", cookie).body());
        assertEquals(List.of(String.valueOf(wage)), column(receivedWage, 0));

        Document project = Jsoup.parse(get("/staff/complaints?project=2023-QH-0013", cookie).body());
        assertEquals(List.of(String.valueOf(quality)), column(project, 0));
        assertEquals("2023-QH-0013", project.selectFirst("input[name=project]").val());

        Document none = Jsoup.parse(get("/staff/complaints?status=CLOSED", cookie).body());
        assertEquals("没有符合条件的举报。", none.selectFirst(".no-results").text());
    }

    @Test
    void theListPagesByFifty() throws Exception {
        for (int i = 0; i < 51; i++) {
            file("2023-QH-0012", ComplaintKind.WAGE, "第 " + i + " 件", "");
        }
        String cookie = logIn();

        Document first = Jsoup.parse(get("/staff/complaints?kind=wage", cookie).body());
        assertEquals(50, first.select("tbody tr").size());
        assertEquals("共 51 件，本页第 1–50 件", first.selectFirst(".result-count").text());
        assertEquals("/staff/complaints?kind=wage&page=2", first.selectFirst(".pager a").attr("href"));

        Document second = Jsoup.parse(get("/staff/complaints?kind=wage&page=2", cookie).body());
        assertEquals(List.of("第 0 件"), column(second, 5));
        assertEquals("共 51 件，本页第 51–51 件", second.selectFirst(".result-count").text());
    }

    @Test
    void aComplaintShowsEverythingFiledWithThePhoneUnsealed() throws Exception {
        long id = file("2023-QH-0012", ComplaintKind.WAGE, "三月份的工资没有发。\n第二行写明了工地。", PHONE);
        long anonymous = fileAnonymous("匿名举报的内容");
        long noPhone = file("", ComplaintKind.OTHER, "没有留电话", "");
        String cookie = logIn();

        Document page = Jsoup.parse(get("/staff/complaints/" + id, cookie).body());
        assertEquals("举报 " + id, page.selectFirst("h1").text());
        assertEquals(PHONE, cell(page, "联系电话"));
        assertEquals("tel:" + PHONE, page.selectFirst("a[href^=tel:" + PHONE + "]").attr("href"));
        assertEquals("2023-QH-0012", cell(page, "项目"));
        assertEquals("待受理", cell(page, "状态"));
        assertEquals(List.of("三月份的工资没有发。", "第二行写明了工地。"),
                page.select(".complaint-text p").eachText());
        assertEquals(List.of("ACCEPTED", "IN_PROGRESS", "CLOSED", "REJECTED"),
                page.select("select[name=status] option").eachAttr("value"));
        assertEquals("已受理", page.selectFirst("select[name=status] option[selected]").text());
        assertTrue(page.selectFirst(".warn").text().contains("公开答复会发布在网站上，请勿写入举报人身份、电话等个人信息"));

        assertEquals("匿名", cell(Jsoup.parse(get("/staff/complaints/" + anonymous, cookie).body()), "联系电话"));
        assertEquals("未留电话", cell(Jsoup.parse(get("/staff/complaints/" + noPhone, cookie).body()), "联系电话"));
    }

    @Test
    void changingAStatusWithAPublicReplyIsLoggedWithWhoFromAndTo() throws Exception {
        long id = file("2023-QH-0012", ComplaintKind.WAGE, "三月份的工资没有发。", PHONE);
        String cookie = logIn();
        Document page = Jsoup.parse(get("/staff/complaints/" + id, cookie).body());

        HttpResponse<String> accepted = post("/staff/complaints/" + id, form(page, "status", "ACCEPTED",
                "reply", "", "note", "已转乡镇核实"), "Cookie", cookie);
        assertEquals(303, accepted.statusCode());
        assertEquals("/staff/complaints/" + id, accepted.headers().firstValue("Location").orElseThrow());

        page = Jsoup.parse(get("/staff/complaints/" + id, cookie).body());
        HttpResponse<String> closed = post("/staff/complaints/" + id, form(page, "status", "CLOSED",
                "reply", "经核实，已于 10 月 8 日补发三月份工资。", "note", "施工单位已提供发放凭证"), "Cookie", cookie);
        assertEquals(303, closed.statusCode());

        Complaint stored = complaints.byId(id).orElseThrow();
        assertEquals(ComplaintStatus.CLOSED, stored.status());
        assertEquals("经核实，已于 10 月 8 日补发三月份工资。", stored.publicReply());
        assertEquals("施工单位已提供发放凭证", stored.internalNote());
        List<ComplaintEvent> events = complaints.events(id);
        assertEquals(2, events.size());
        assertEquals(List.of(NAME, NAME), events.stream().map(ComplaintEvent::staff).toList());
        assertEquals(List.of(ComplaintStatus.RECEIVED, ComplaintStatus.ACCEPTED),
                events.stream().map(ComplaintEvent::from).toList());
        assertEquals(List.of(ComplaintStatus.ACCEPTED, ComplaintStatus.CLOSED),
                events.stream().map(ComplaintEvent::to).toList());

        Document after = Jsoup.parse(get("/staff/complaints/" + id, cookie).body());
        assertEquals("已办结", cell(after, "状态"));
        List<List<String>> log = after.select("table.change-log tbody tr").stream()
                .map(StaffDeskFixture::cells).toList();
        assertEquals(List.of(NAME, "待受理", "已受理", "", "已转乡镇核实"), log.get(0).subList(1, 6));
        assertEquals(List.of(NAME, "已受理", "已办结", "经核实，已于 10 月 8 日补发三月份工资。", "施工单位已提供发放凭证"),
                log.get(1).subList(1, 6));
        assertTrue(log.get(1).get(0).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), log.get(1).get(0));
        assertEquals("经核实，已于 10 月 8 日补发三月份工资。", after.selectFirst("textarea[name=reply]").wholeText());
    }

    @Test
    void closingOrRejectingWithoutAPublicReplyComesBackWithTheTypedNote() throws Exception {
        long id = file("2023-QH-0012", ComplaintKind.WAGE, "三月份的工资没有发。", "");
        String cookie = logIn();
        Document page = Jsoup.parse(get("/staff/complaints/" + id, cookie).body());

        for (String status : List.of("CLOSED", "REJECTED")) {
            HttpResponse<String> answer = post("/staff/complaints/" + id, form(page, "status", status,
                    "reply", "  \r\n ", "note", "第一行\r\n第二行"), "Cookie", cookie);

            assertEquals(400, answer.statusCode());
            Document again = Jsoup.parse(answer.body());
            assertTrue(again.selectFirst(".form-problems").text().contains("办结或不予受理时须填写公开答复"),
                    again.selectFirst(".form-problems").text());
            assertEquals("第一行\n第二行", again.selectFirst("textarea[name=note]").wholeText());
            assertTrue(again.selectFirst("select[name=status] option[value=" + status + "]").hasAttr("selected"));
        }
        assertEquals(ComplaintStatus.RECEIVED, complaints.byId(id).orElseThrow().status());
        assertTrue(complaints.events(id).isEmpty());
    }

    @Test
    void anOverLongReplyOrAStatusThatIsNotATargetIsRefusedWithTheProblemNamed() throws Exception {
        long id = file("", ComplaintKind.OTHER, "内容", "");
        String cookie = logIn();
        Document page = Jsoup.parse(get("/staff/complaints/" + id, cookie).body());

        HttpResponse<String> tooLong = post("/staff/complaints/" + id, form(page, "status", "IN_PROGRESS",
                "reply", "答".repeat(2001)), "Cookie", cookie);
        HttpResponse<String> received = post("/staff/complaints/" + id, form(page, "status", "RECEIVED"),
                "Cookie", cookie);

        assertEquals(400, tooLong.statusCode());
        assertTrue(Jsoup.parse(tooLong.body()).selectFirst(".form-problems").text()
                .contains("公开答复有 2001 字，超过了 2000 字的上限，请删减 1 字。"));
        assertEquals(400, received.statusCode());
        assertTrue(Jsoup.parse(received.body()).selectFirst(".form-problems").text().contains("请选择办理状态。"));
        assertTrue(complaints.events(id).isEmpty());
    }

    @Test
    void markupInAComplaintIsShownAsTextNeverRun() throws Exception {
        String attack = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        long id = file(attack, ComplaintKind.OTHER, attack + "\n" + attack, "");
        complaints.change(new StatusChange(id, "<b>王股长</b>", ComplaintStatus.ACCEPTED,
                attack, attack, T0.plusSeconds(60)));
        String cookie = logIn();

        Document list = Jsoup.parse(get("/staff/complaints", cookie).body());
        Document page = Jsoup.parse(get("/staff/complaints/" + id, cookie).body());

        assertTrue(list.select("script, img, b").isEmpty());
        assertTrue(page.select("script, img, b").isEmpty());
        assertEquals(List.of(attack, attack), page.select(".complaint-text p").eachText());
        assertEquals(attack, page.selectFirst("textarea[name=reply]").wholeText());
        assertEquals("<b>王股长</b>", page.selectFirst("table.change-log td:eq(1)").text());
    }

}
