<#ftl output_format="HTML">
<#-- /releases/: every release of the site, newest first, with the SHA-256 of its manifest (ReleaseLog). Times are
     formatted in Java, in Beijing time; the page only lays them out. -->
<#import "layout.ftl" as layout>
<@layout.page title="发布记录" siteTitle=site.title sample=site.sample hotline=site.hotline serviceUrl=site.serviceUrl url=pageUrl
    description=site.office + "以工代赈项目公示网站的发布记录：每次发布的文件清单和校验值" nav=nav>
<h1>发布记录</h1>
<p>本站内容每更新一次，就形成一次“发布”，并公开一份发布清单：列出当时网站上每个文件的大小和 SHA-256 校验值。校验值相当于文件的“指纹”，文件哪怕只改动一个字，校验值就完全不同。每份清单还记下上一份清单的校验值，前后相连，任何一份旧清单被改动都能查出来。</p>
<#if page.releases?has_content>
<div class="table-scroll">
<table class="ledger">
<thead><tr><th scope="col">发布</th><th scope="col">发布时间（北京时间）</th><th scope="col" class="num">文件数</th><th scope="col">清单的 SHA-256 校验值</th><th scope="col">清单</th></tr></thead>
<tbody>
<#list page.releases as r>
<tr><td>第 ${r.release} 次</td><td>${r.beijingTime}</td><td class="num">${r.fileCount}</td><td><code>${r.sha256}</code></td><td><a href="${r.url}">${r.release}.json</a></td></tr>
</#list>
</tbody>
</table>
</div>
<p class="muted">全部清单的目录：<a href="/releases/index.json">index.json</a></p>
<#else>
<p>尚无发布记录。</p>
</#if>

<h2>如何核对网站</h2>
<p>任何人都可以核对网上的网站与发布时是否完全一致。安装 gongshi 程序后运行：</p>
<pre><code>gongshi verify --site <#if site.baseUrl?starts_with("http")>${site.baseUrl}<#else>网址</#if></code></pre>
<p>程序会逐个下载清单列出的文件，计算校验值并与清单比对，列出被改动、缺少的文件。请同时把最新清单的校验值与本页、或与发布单位另行公布的数值对照，确认清单本身没有被替换。</p>
</@layout.page>
