package org.gongshi.generator.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A project record in the shape of {@code project.json}, with the site defaults it inherited written out.
 * The build publishes it as {@code /p/{CODE}/project.json}, and the next build compares its
 * {@link AmendableField}s at the same JSON pointers to find changes that need an amendment.
 */
public final class ProjectJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ProjectJson() {
    }

    public static ObjectNode of(Project p) {
        ObjectNode o = JSON.objectNode();
        o.put("code", p.code());
        o.put("name", p.name());
        o.put("year", p.year());
        o.put("town", p.town());
        o.put("village", p.village());
        o.put("approvalDocument", p.approvalDocument());
        o.put("area", p.area().label());
        o.put("subType", p.subType());
        ArrayNode modes = o.putArray("reliefModes");
        p.reliefModes().forEach(m -> modes.add(m.label()));
        o.put("content", p.content());
        o.put("benefit", p.benefit());
        o.put("investmentFen", p.investment().fen());
        o.put("centralFundsFen", p.centralFunds().fen());
        o.put("laborPlannedFen", p.laborPlanned().fen());
        o.put("laborPaidFen", p.laborPaid().fen());
        o.putObject("laborShareFloor").put("percent", p.laborShareFloor().percent()).put("rule", p.laborShareFloor().rule());
        o.put("ownerUnit", p.ownerUnit());
        o.put("builder", p.builder());
        if (!p.maintainer().isEmpty()) {
            o.put("maintainer", p.maintainer());
        }
        o.put("hotline", p.hotline());
        if (!p.remarks().isEmpty()) {
            o.put("remarks", p.remarks());
        }
        range(o.putObject("construction"), p.construction());
        range(o.putObject("notice"), p.notice());
        ObjectNode workers = o.putObject("workers");
        workers.put("planned", p.workers().planned());
        ObjectNode employed = workers.putObject("employed");
        for (WorkerGroup group : WorkerGroup.values()) {
            employed.put(group.label(), p.workers().employed().getOrDefault(group, 0));
        }
        ArrayNode lifecycle = o.putArray("lifecycle");
        for (LifecycleEvent e : p.lifecycle()) {
            ObjectNode event = lifecycle.addObject().put("status", e.status().label()).put("date", e.date().toString());
            if (!e.reason().isEmpty()) {
                event.put("reason", e.reason());
            }
            if (!e.successor().isEmpty()) {
                event.put("successor", e.successor());
            }
        }
        ArrayNode amendments = o.putArray("amendments");
        for (Amendment a : p.amendments()) {
            ObjectNode amendment = amendments.addObject().put("date", a.date().toString());
            ArrayNode fields = amendment.putArray("fields");
            a.fields().forEach(f -> fields.add(f.key()));
            amendment.put("change", a.change()).put("reason", a.reason());
        }
        return o;
    }

    private static void range(ObjectNode node, DateRange range) {
        node.put("start", range.start().toString());
        node.put("end", range.end().toString());
    }
}
