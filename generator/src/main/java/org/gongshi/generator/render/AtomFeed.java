package org.gongshi.generator.render;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gongshi.generator.mask.AmendmentEntry;
import org.gongshi.generator.mask.HistoryEntry;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.model.Site;
import org.gongshi.generator.publish.SitePaths;

/**
 * {@code /feed.xml}: Atom 1.0, one entry per notice, the most recently changed first. An entry's id is the
 * notice's absolute URL, which never changes, so a reader shows a changed notice as updated, not as new.
 */
final class AtomFeed {

    static final String PATH = "/feed.xml";
    static final int ENTRIES = 50;
    private static final String NS = "http://www.w3.org/2005/Atom";
    /** Records carry dates only; the office works in Beijing time, so a day starts at 00:00 +08:00. */
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private AtomFeed() {
    }

    static byte[] of(Site site, List<PublicProject> projects) throws XMLStreamException {
        List<PublicProject> latest = ListPages.latest(projects, ENTRIES);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 + latest.size() * 1024);
        // The JDK's own writer, not whichever StAX provider a library brings (the .xlsx reader brings Aalto,
        // which refuses "xml:lang" and formats differently).
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(NS);
        xml.writeAttribute("xml:lang", "zh-CN");
        element(xml, "id", SitePaths.absolute(site.baseUrl(), PATH));
        element(xml, "title", site.title() + "：最新公示");
        element(xml, "subtitle", site.office() + "发布的以工代赈项目公示：新增和变更的项目");
        // An empty site has no change to date its feed by; a fixed date keeps rebuilds byte-identical.
        element(xml, "updated", timestamp(latest.isEmpty() ? "1970-01-01" : latest.get(0).lastChange()));
        newline(xml);
        xml.writeStartElement("author");
        element(xml, "name", site.office());
        element(xml, "uri", site.baseUrl());
        xml.writeEndElement();
        link(xml, "self", "application/atom+xml", SitePaths.absolute(site.baseUrl(), PATH));
        link(xml, "alternate", "text/html", site.baseUrl());
        for (PublicProject p : latest) {
            entry(xml, site, p);
        }
        newline(xml);
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return bytes.toByteArray();
    }

    private static void entry(XMLStreamWriter xml, Site site, PublicProject p) throws XMLStreamException {
        String url = SitePaths.absolute(site.baseUrl(), p.url());
        newline(xml);
        xml.writeStartElement("entry");
        element(xml, "id", url);
        element(xml, "title", p.project().name());
        link(xml, "alternate", "text/html", url);
        if (!p.history().isEmpty()) {
            element(xml, "published", timestamp(p.history().get(0).date()));
        }
        element(xml, "updated", timestamp(p.lastChange()));
        newline(xml);
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(summary(p));
        xml.writeEndElement();
        newline(xml);
        xml.writeEndElement();
    }

    /**
     * Where the project is and what changed last, in the words of the notice's own history: the latest
     * lifecycle step or, when an amendment is later, that amendment. A tie goes to the step, as in
     * {@link PublicProject#lastChange()}.
     */
    static String summary(PublicProject p) {
        String place = p.project().town() + p.project().village() + "，" + p.status() + "。";
        List<HistoryEntry> steps = p.history();
        List<AmendmentEntry> amendments = p.amendments();
        String stepDate = steps.isEmpty() ? "" : steps.get(steps.size() - 1).date();
        if (!amendments.isEmpty() && amendments.get(amendments.size() - 1).date().compareTo(stepDate) > 0) {
            AmendmentEntry a = amendments.get(amendments.size() - 1);
            return place + "最新变更：" + a.date() + " " + a.fields() + "调整：" + a.change() + "；原因：" + a.reason();
        }
        if (steps.isEmpty()) {
            return place;
        }
        HistoryEntry step = steps.get(steps.size() - 1);
        return place + "最新进度：" + step.date() + " " + step.status()
                + (step.reason().isEmpty() ? "" : "：" + step.reason());
    }

    private static String timestamp(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay().atOffset(BEIJING).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        newline(xml);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        newline(xml);
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** One element per line, so the file reads and diffs well. */
    private static void newline(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeCharacters("\n");
    }
}
