<#ftl output_format="HTML">
<#-- The frame of every page. Record pages and authored pages both call it; it takes plain values so it works
     under gongshi's renderer and under stock JBake alike. serviceUrl (site.json, ends in "/") is where the
     gongshi server answers search and the hotline, so the pages themselves can sit on a static host. -->
<#macro page title siteTitle sample hotline serviceUrl description="" nav=[]>
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - ${siteTitle}</title>
<meta name="description" content="${description}">
<link rel="stylesheet" href="/style.css">
</head>
<body>
<#if sample><div class="sample-banner">示例数据：本站内容均为虚构，仅供演示</div></#if>
<header class="site-header"><div class="wrap">
<a class="site-title" href="/">${siteTitle}</a>
<nav class="site-nav"><a href="/">首页</a><#list nav as link><a href="${link.url}">${link.title}</a></#list><a href="/hotline/">监督举报</a><a href="${serviceUrl}search">搜索</a></nav>
</div></header>
<div class="wrap">
<form class="search-form" action="${serviceUrl}search" method="get" role="search">
<input type="search" name="q" placeholder="输入项目名称、村名、文号或编号" aria-label="搜索">
<button type="submit">搜索</button>
</form>
<main>
<#nested>
</main>
<footer class="site-footer">
<p>监督举报电话：<a href="tel:${hotline}">${hotline}</a> · <a href="/hotline/">网上举报</a> · <a href="/complaints/">举报办理情况</a></p>
<p>${siteTitle}<#if sample> · 示例数据</#if> · <a href="/stats/">统计图表</a> · <a href="/data/">开放数据</a> · <a href="/releases/">发布记录</a></p>
</footer>
</div>
</body>
</html>
</#macro>
