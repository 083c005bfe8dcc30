<#ftl output_format="HTML">
<#-- A list of projects: an annual list, or the projects of one town, construction area, status or relief mode. -->
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page title=page.heading siteTitle=site.title sample=site.sample hotline=site.hotline serviceUrl=site.serviceUrl url=pageUrl
    description=site.office + "：" + page.heading + "，共 " + page.totals.projects + " 个项目，中央资金 " + page.totals.centralFunds.wan + " 万元" nav=nav>
<p class="muted"><a href="/projects/">项目清单</a> · 按${page.kind}</p>
<h1>${page.heading}</h1>
<#if page.projects?has_content>
<@parts.totalsFacts page.totals/>
<h2>项目</h2>
<@parts.projectTable page.projects page.totals/>
<#else>
<p>目前没有这一类项目。</p>
</#if>
<#if page.others?has_content>
<h2>其他${page.kind}</h2>
<ul class="inline-links">
<#list page.others as o><li><a href="${o.url}">${o.text}</a> <span class="muted">${o.count} 个</span></li></#list>
</ul>
</#if>
</@layout.page>
