<#ftl output_format="HTML">
<#-- /stats/: every chart is an SVG made in Java (render.BarChart, already escaped), with its table and CSV beside it. -->
<#import "layout.ftl" as layout>
<@layout.page title="统计图表" siteTitle=site.title sample=site.sample hotline=site.hotline serviceUrl=site.serviceUrl url=pageUrl
    description=site.office + "以工代赈项目统计：资金、劳务报酬、务工群众" nav=nav>
<h1>统计图表</h1>
<p>共 ${page.projects} 个项目<#if page.withdrawn gt 0>（其中已撤销或合并 ${page.withdrawn} 个）</#if>。每张图旁边的表格列出同样的数字，也可以下载 CSV 文件用 Excel 打开。全部数据见<a href="/data/">开放数据</a>。</p>
<nav class="toc" aria-label="本页图表"><ul>
<#list page.charts as c><li><a href="#${c.id}">${c.heading}</a></li></#list>
</ul></nav>
<#list page.charts as c>
<section class="stats-chart" id="${c.id}">
<h2>${c.heading}</h2>
<#list c.notes as note><p class="muted">${note}</p></#list>
<figure class="chart">${c.svg?no_esc}</figure>
<div class="table-scroll"><table class="ledger stats-table">
<caption>${c.caption} <a href="${c.csvUrl}">下载 CSV</a></caption>
<thead><tr><#list c.headings as h><th scope="col">${h}</th></#list></tr></thead>
<tbody>
<#list c.rows as row><tr><#list row as cell><td>${cell}</td></#list></tr></#list>
</tbody>
</table></div>
</section>
</#list>
</@layout.page>
