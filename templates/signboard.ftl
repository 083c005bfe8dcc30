<#ftl output_format="HTML">
<#-- /p/{CODE}/signboard/: the board to print and hang at the work site. Its own small page and stylesheet, so
     that what prints is the board alone; signboard.css sizes it for A4 or A3 landscape. -->
<#import "layout.ftl" as layout>
<#assign b = page.board>
<#assign n = page.notice>
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<@layout.meta title=b.projectName + " " + b.heading + " - " + site.title description=b.projectName + "（" + b.code + "）的" + b.heading + "，可打印"
    url=pageUrl ogType="website" siteTitle=site.title/>
<link rel="stylesheet" href="/signboard.css">
</head>
<body>
<a class="skip-link" href="#main">跳到公示牌</a>
<div class="screen-only">
<#if site.sample><p class="sample-banner">示例数据：本站内容均为虚构，仅供演示</p></#if>
<nav aria-label="公示牌页面导航"><p><a href="${n.url}">返回项目公示</a> · <a href="${n.url}signboard.svg" download>下载公示牌矢量图（SVG，1200×800 毫米，供制作单位使用）</a></p></nav>
<p>打印：在浏览器的打印设置中选择 <strong>A4 或 A3 纸、横向</strong>，边距默认。公示牌上的二维码打开本项目的公示页面。</p>
</div>
<main id="main" class="board" aria-label="${b.heading}">
<header class="board-heading"><h1>${b.heading}</h1></header>
<div class="board-body">
<div class="board-facts">
<p class="board-name">${b.projectName}</p>
<table>
<#list b.facts as f>
<tr><th scope="row">${f.label}</th><td>${f.value}</td></tr>
</#list>
</table>
</div>
<div class="board-qr">
<img src="${n.url}qr.svg" alt="本项目公示页面的二维码：${b.qrText}">
<p>扫码查看项目公示</p>
</div>
</div>
<p class="board-hotline">监督举报电话：${b.hotline}</p>
<footer class="board-footer">${b.office} · 项目编号 ${b.code}</footer>
</main>
</body>
</html>
