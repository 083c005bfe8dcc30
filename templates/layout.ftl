<#ftl output_format="HTML">
<#-- The frame of every page. Record pages and authored pages both call it; it takes plain values so it works
     under gongshi's renderer and under stock JBake alike. serviceUrl (site.json, ends in "/") is where the
     gongshi server answers search and the hotline, so the pages themselves can sit on a static host. -->
<#macro page title siteTitle sample hotline serviceUrl url description ogType="website" nav=[]>
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<@meta title=title + " - " + siteTitle description=description url=url ogType=ogType siteTitle=siteTitle/>
<#-- Inline, so that a page shows after one request; stylesheet is templates/assets/style.css, minified in Java. -->
<#if stylesheet?has_content><style>${stylesheet?no_esc}</style></#if>
<link rel="alternate" type="application/atom+xml" href="/feed.xml" title="${siteTitle}：最新公示">
</head>
<body>
<a class="skip-link" href="#main">跳到正文</a>
<#if sample><div class="sample-banner">示例数据：本站内容均为虚构，仅供演示</div></#if>
<header class="site-header"><div class="wrap">
<a class="site-title" href="/">${siteTitle}</a>
<nav class="site-nav" aria-label="网站导航"><a href="/">首页</a><a href="/projects/">项目清单</a><a href="/stats/">统计</a><a href="/flags/">问题提示</a><a href="/cases/">典型案例</a><a href="/data/">数据下载</a><#list nav as link><a href="${link.url}">${link.title}</a></#list><a href="/hotline/">监督举报</a><a href="${serviceUrl}search">搜索</a></nav>
</div></header>
<div class="wrap">
<form class="search-form" action="${serviceUrl}search" method="get" role="search">
<input type="search" name="q" placeholder="输入项目名称、村名、文号或编号" aria-label="搜索">
<button type="submit">搜索</button>
</form>
<main id="main" tabindex="-1">
<#nested>
</main>
<footer class="site-footer">
<p>监督举报电话：<a href="tel:${hotline}">${hotline}</a> · <a href="/hotline/">网上举报</a> · <a href="/complaints/">举报办理情况</a></p>
<p>${siteTitle}<#if sample> · 示例数据</#if> · <a href="/stats/">统计图表</a> · <a href="/data/">开放数据</a> · <a href="/releases/">发布记录</a> · <a href="/feed.xml">订阅最新公示（Atom）</a></p>
</footer>
</div>
</body>
</html>
</#macro>

<#-- The page's name and summary for browsers, search engines and link previews (Open Graph: a notice shared in
     WeChat shows the project's name). url is the page's absolute, percent-encoded address. -->
<#macro meta title description url ogType siteTitle>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<#-- An icon in the page, so that browsers do not ask for /favicon.ico: one request less, and no 404 page sent back. -->
<link rel="icon" href="data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%2016%2016%22%3E%3Crect%20width=%2216%22%20height=%2216%22%20rx=%223%22%20fill=%22%23b3261e%22/%3E%3C/svg%3E">
<title>${title}</title>
<meta name="description" content="${description}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:type" content="${ogType}">
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="${siteTitle}">
<meta property="og:locale" content="zh_CN">
</#macro>
