#!/usr/bin/env python3
"""Turns a built gongshi site into a Hugo site with the same pages: same URL, same <title>, same visible text.

Usage: hugo-content.py SITE_DIR HUGO_DIR      (called by bench/hugo.sh; preparation, not timed)
       hugo-content.py --compare SITE_DIR HUGO_OUT EVERY   (checks every EVERY-th page's visible text)

Every *.html under SITE_DIR becomes one content file whose JSON front matter carries the page's <title>,
description, URL and head extras (stylesheets, a short-URL redirect), and whose body is the page's visible
text as Markdown: headings, paragraphs, lists, links, images and tables stay what they are; a form keeps
its labels, legend and button text; an inline SVG chart keeps the text of its labels. Pages drawn with the
site frame (header, navigation, search box, footer) get "chrome": true and the frame comes from the Hugo
layout written here, as gongshi takes it from layout.ftl; the footer's hotline number is per page, so it is
a parameter. Pages without the frame (signboards, short-URL redirects) carry their whole body as text.
Emphasis is dropped (its text stays): CommonMark does not close "**" between CJK punctuation and a letter.
An SVG's <title> is kept as a line, since it names the chart. Standard library only, so a fresh Debian machine needs nothing but python3.
"""
import html
import json
import multiprocessing
import os
import re
import sys

SKIPPED = {"script", "style", "noscript", "template", "textarea", "select"}
BLOCKS = {"p", "div", "section", "header", "footer", "nav", "figure", "figcaption", "fieldset", "form",
          "legend", "label", "ul", "ol", "dl", "dt", "dd", "blockquote", "main", "article", "aside",
          "details", "summary", "caption", "button", "svg", "text", "title", "address", "pre"}
VOID = {"meta", "link", "img", "br", "input", "hr", "wbr"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# CommonMark lets a backslash escape any ASCII punctuation; these are the characters that could otherwise
# start markup in running text (masked names such as 张*明 contain "*").
SPECIAL = re.compile(r"([\\`*_\[\]<>|~&#!])")
LINE_START = re.compile(r"^(\s*|\s*\d+)([-+=.)])")


def escape(text):
    return SPECIAL.sub(r"\\\1", text)


# gongshi's templates write well-formed HTML without scripts, so a regular-expression tokenizer reads it; the
# standard library's html.parser was ten times slower (44 s for the 4,049 pages of 1,000 projects).
TOKEN = re.compile(r"<!--.*?-->|<![^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>|([^<]+)", re.S)
ATTR = re.compile(r"([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+)))?")
WITH_ATTRS = {"meta", "link", "a", "img", "header"}


def attributes(text):
    return [(m.group(1).lower(), html.unescape(m.group(2) or m.group(3) or m.group(4) or ""))
            for m in ATTR.finditer(text)]


class Page:
    """One pass over a page: head facts, the frame's hotline number, and the visible text as Markdown."""

    def __init__(self):
        self.title = ""
        self.description = ""
        self.og_type = ""
        self.css = []
        self.redirect = ""
        self.chrome = False
        self.hotline = ""
        self.skip = 0             # depth inside elements whose text is not visible
        self.in_title = False
        self.in_svg = 0
        self.in_footer = False
        self.in_main = False
        self.main_blocks = []     # Markdown blocks inside <main>
        self.body_blocks = []     # Markdown blocks of the whole body (pages without the frame)
        self.line = []            # inline pieces of the current block
        self.prefix = ""          # "# ", "- " or "1. " for the current block
        self.links = []           # (start index in self.line, href) of open links
        self.table = None         # rows of cells while inside a table
        self.cell = None          # inline pieces of the current cell
        self.list_kinds = []

    def feed(self, text):
        for m in TOKEN.finditer(text):
            if m.group(4) is not None:
                data = m.group(4)
                self.handle_data(html.unescape(data) if "&" in data else data)
            elif m.group(2):
                tag = m.group(2).lower()
                if m.group(1):
                    self.handle_endtag(tag)
                else:
                    raw = m.group(3)
                    attrs = attributes(raw) if tag in WITH_ATTRS else []
                    if raw.endswith("/"):
                        self.handle_startendtag(tag, attrs)
                    else:
                        self.handle_starttag(tag, attrs)

    # -- output helpers
    def emit(self, piece):
        (self.cell if self.cell is not None else self.line).append(piece)

    def flush(self):
        text = re.sub(r"\s+", " ", "".join(self.line)).strip()
        if text and not text.replace("\\", "").strip(" *") == "":
            if not self.prefix:
                text = LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)
            block = self.prefix + text
            if self.in_main:
                self.main_blocks.append(block)
            self.body_blocks.append(block)
        self.line = []
        self.prefix = ""

    def block(self, markdown):
        if self.in_main:
            self.main_blocks.append(markdown)
        self.body_blocks.append(markdown)

    # -- parser callbacks
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in SKIPPED:
            self.skip += 1
            return
        if tag == "title" and not self.in_svg:
            self.in_title = True
            return
        if tag == "svg":
            self.in_svg += 1
        if tag == "meta":
            if a.get("name") == "description":
                self.description = a.get("content", "")
            elif a.get("property") == "og:type":
                self.og_type = a.get("content", "")
            elif a.get("http-equiv") == "refresh":
                self.redirect = a.get("content", "").split("url=", 1)[-1]
            return
        if tag == "link":
            if a.get("rel") == "stylesheet":
                self.css.append(a.get("href", ""))
            return
        if tag == "header" and "site-header" in (a.get("class") or ""):
            self.chrome = True
        if tag == "footer":
            self.in_footer = True
        if tag == "main":
            self.flush()
            self.in_main = True
        if tag == "a" and self.in_footer and (a.get("href") or "").startswith("tel:"):
            self.hotline = a["href"][4:]
        if self.skip:
            return
        if tag == "table":
            self.flush()
            self.table = []
        elif tag == "tr" and self.table is not None:
            self.table.append([])
        elif tag in ("td", "th") and self.table is not None:
            self.cell = []
        elif tag in HEADINGS:
            self.flush()
            self.prefix = "#" * HEADINGS[tag] + " "
        elif tag in ("ul", "ol"):
            self.flush()
            self.list_kinds.append(tag)
        elif tag == "li":
            self.flush()
            self.prefix = "1. " if self.list_kinds and self.list_kinds[-1] == "ol" else "- "
        elif tag == "br":
            if self.cell is not None:
                self.emit(" ")
            else:
                self.flush()
        elif tag in BLOCKS:
            if self.cell is None:
                self.flush()
        elif tag == "a":
            self.links.append((len(self.cell if self.cell is not None else self.line), a.get("href")))
            self.emit("[")
        elif tag == "img":
            self.emit("![%s](%s)" % (escape(a.get("alt", "")), link_target(a.get("src", ""))))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in SKIPPED:
            self.skip -= 1
            return
        if tag == "title" and self.in_title:
            self.in_title = False
            return
        if tag == "svg":
            self.in_svg -= 1
        if tag == "footer":
            self.in_footer = False
        if self.skip:
            return
        if tag in ("td", "th") and self.table is not None and self.cell is not None:
            text = re.sub(r"\s+", " ", "".join(self.cell)).strip()
            if self.table:
                self.table[-1].append(text)
            self.cell = None
        elif tag == "table" and self.table is not None:
            rows = [r for r in self.table if r]
            self.table = None
            if rows:
                width = max(len(r) for r in rows)
                rows = [r + [""] * (width - len(r)) for r in rows]
                lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
                lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
                self.block("\n".join(lines))
        elif tag == "a" and self.links:
            start, href = self.links.pop()
            if href:
                self.emit("](%s)" % link_target(href))
            else:
                target = self.cell if self.cell is not None else self.line
                del target[start]
        elif tag in ("ul", "ol"):
            self.flush()
            if self.list_kinds:
                self.list_kinds.pop()
        elif tag in HEADINGS or tag == "li" or (tag in BLOCKS and self.cell is None):
            self.flush()
        if tag == "main":
            self.flush()
            self.in_main = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.emit(escape(data))

    def close(self):
        self.flush()


def link_target(href):
    return "<%s>" % href if re.search(r"[\s()<>]", href) else href


def url_of(rel):
    if rel == "index.html":
        return "/"
    if rel.endswith("/index.html"):
        return "/" + rel[: -len("index.html")]
    return "/" + rel


def convert(job):
    number, site, rel, content_dir = job
    with open(os.path.join(site, rel), encoding="utf-8") as f:
        page = Page()
        page.feed(f.read())
        page.close()
    front = {"title": page.title.strip(), "description": page.description, "url": url_of(rel),
             "chrome": page.chrome}
    if page.og_type:
        front["ogType"] = page.og_type
    if page.css:
        front["css"] = page.css
    if page.redirect:
        front["redirect"] = page.redirect
    if page.hotline:
        front["hotline"] = page.hotline
    blocks = page.main_blocks if page.chrome else page.body_blocks
    name = "_index.md" if rel == "index.html" else "%07d.md" % number
    if rel == "index.html":
        del front["url"]
    with open(os.path.join(content_dir, name), "w", encoding="utf-8") as f:
        f.write(json.dumps(front, ensure_ascii=False))
        f.write("\n\n")
        f.write("\n\n".join(blocks))
        f.write("\n")


def frame_of(site):
    """Site title, sample banner and navigation links, read from the home page the frame was drawn on."""
    with open(os.path.join(site, "index.html"), encoding="utf-8") as f:
        text = f.read()
    header = re.search(r'<header class="site-header">(.*?)</header>', text, re.S).group(1)
    title = re.search(r'class="site-title"[^>]*>([^<]*)<', header).group(1)
    nav = [{"url": u, "title": t} for u, t in re.findall(r'<a href="([^"]*)">([^<]*)</a>',
                                                         header.split("site-nav", 1)[1])]
    search = re.search(r'<form class="search-form" action="([^"]*)"', text).group(1)
    base = re.search(r'<meta property="og:url" content="([^"]*)"', text).group(1)
    return {"title": title, "nav": nav, "search": search, "base": base,
            "sample": 'class="sample-banner"' in text}


def write_site(hugo, frame, feed_entries):
    layouts = os.path.join(hugo, "layouts", "_default")
    os.makedirs(layouts, exist_ok=True)
    with open(os.path.join(hugo, "config.json"), "w", encoding="utf-8") as f:
        json.dump({
            "baseURL": frame["base"], "title": frame["title"], "languageCode": "zh-CN",
            # gongshi writes no taxonomies and no section index pages; its 404.html is an ordinary page here.
            "disableKinds": ["taxonomy", "term", "section", "404"],
            # gongshi writes sitemap.xml, robots.txt and one Atom feed of the latest notices, so Hugo keeps
            # its sitemap, robots.txt and one RSS feed of as many entries.
            "enableRobotsTXT": True,
            "outputs": {"home": ["HTML", "RSS"], "page": ["HTML"]},
            "services": {"rss": {"limit": feed_entries}},
            # Project codes are uppercase (QR alphanumeric mode) and /P/CODE/ is the short URL beside /p/CODE/.
            "disablePathToLower": True,
            # Typographic quotes would change the visible text (an apostrophe in the open-data page).
            "markup": {"goldmark": {"extensions": {"typographer": False}}},
            "params": {"nav": frame["nav"], "search": frame["search"], "sample": frame["sample"]},
        }, f, ensure_ascii=False, indent=1)
    with open(os.path.join(layouts, "baseof.html"), "w", encoding="utf-8") as f:
        f.write(BASEOF)
    for name in ("single.html", "list.html"):
        with open(os.path.join(layouts, name), "w", encoding="utf-8") as f:
            f.write('{{ define "main" }}{{ .Content }}{{ end }}\n')


BASEOF = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title>
<meta name="description" content="{{ .Description }}">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:description" content="{{ .Description }}">
<meta property="og:type" content="{{ .Params.ogType | default "website" }}">
<meta property="og:url" content="{{ .Permalink }}">
<meta property="og:site_name" content="{{ site.Title }}">
<meta property="og:locale" content="zh_CN">
{{ with .Params.redirect }}<meta http-equiv="refresh" content="0; url={{ . }}">
<link rel="canonical" href="{{ . }}">
<meta name="robots" content="noindex">
{{ end }}{{ range .Params.css }}<link rel="stylesheet" href="{{ . }}">
{{ end }}{{ with site.Home.OutputFormats.Get "RSS" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}" title="{{ site.Title }}：最新公示">
{{ end }}</head>
<body>
{{ if .Params.chrome }}<a class="skip-link" href="#main">跳到正文</a>
{{ if site.Params.sample }}<div class="sample-banner">示例数据：本站内容均为虚构，仅供演示</div>{{ end }}
<header class="site-header"><div class="wrap">
<a class="site-title" href="/">{{ site.Title }}</a>
<nav class="site-nav" aria-label="网站导航">{{ range site.Params.nav }}<a href="{{ .url }}">{{ .title }}</a>{{ end }}</nav>
</div></header>
<div class="wrap">
<form class="search-form" action="{{ site.Params.search }}" method="get" role="search">
<input type="search" name="q" placeholder="输入项目名称、村名、文号或编号" aria-label="搜索">
<button type="submit">搜索</button>
</form>
<main id="main" tabindex="-1">
{{ template "main" . }}
</main>
<footer class="site-footer">
<p>监督举报电话：<a href="tel:{{ .Params.hotline }}">{{ .Params.hotline }}</a> · <a href="/hotline/">网上举报</a> · <a href="/complaints/">举报办理情况</a></p>
<p>{{ site.Title }}{{ if site.Params.sample }} · 示例数据{{ end }} · <a href="/stats/">统计图表</a> · <a href="/data/">开放数据</a> · <a href="/releases/">发布记录</a> · <a href="/feed.xml">订阅最新公示（Atom）</a></p>
</footer>
</div>
{{ else }}{{ template "main" . }}
{{ end }}</body>
</html>
"""


def visible_text(path):
    """The text a reader sees in the body, without whitespace: what "the same visible text" compares."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    body = text[text.find("<body"):]
    body = re.sub(r"<(script|style|textarea)\b.*?</\1>|<!--.*?-->", "", body, flags=re.S)
    return html.unescape(re.sub(r"<[^>]*>|\s+", "", body))


def compare(site, built, every):
    """Compares the visible text of every EVERY-th page of gongshi's site with Hugo's page at the same path."""
    site = os.path.realpath(site)
    pages = sorted(os.path.relpath(os.path.join(d, n), site)
                   for d, _, names in os.walk(site, followlinks=True) for n in names if n.endswith(".html"))
    sampled = pages[::every]
    differ = [rel for rel in sampled if not os.path.exists(os.path.join(built, rel))
              or visible_text(os.path.join(site, rel)) != visible_text(os.path.join(built, rel))]
    print("%d of %d sampled pages have the same visible text%s" % (
        len(sampled) - len(differ), len(sampled), "; differ: " + " ".join(differ[:3]) if differ else ""))


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--compare":
        compare(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    if len(sys.argv) != 3:
        sys.exit("usage: hugo-content.py SITE_DIR HUGO_DIR | hugo-content.py --compare SITE_DIR HUGO_OUT EVERY")
    site, hugo = os.path.realpath(sys.argv[1]), sys.argv[2]
    content = os.path.join(hugo, "content")
    os.makedirs(content, exist_ok=True)
    pages = sorted(os.path.relpath(os.path.join(d, n), site)
                   for d, _, names in os.walk(site, followlinks=True) for n in names if n.endswith(".html"))
    with open(os.path.join(site, "feed.xml"), encoding="utf-8") as f:
        feed_entries = f.read().count("<entry>")
    write_site(hugo, frame_of(site), feed_entries)
    static = os.path.join(hugo, "static")
    os.makedirs(static, exist_ok=True)
    for css in ("style.css", "signboard.css"):
        if os.path.exists(os.path.join(site, css)):
            with open(os.path.join(site, css), "rb") as src, open(os.path.join(static, css), "wb") as dst:
                dst.write(src.read())
    jobs = [(i, site, rel, content) for i, rel in enumerate(pages)]
    with multiprocessing.Pool() as pool:
        for _ in pool.imap_unordered(convert, jobs, chunksize=64):
            pass
    print(len(pages))


if __name__ == "__main__":
    main()
