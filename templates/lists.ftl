<#ftl output_format="HTML">
<#-- /projects/: the ways to browse the projects. -->
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page title="项目清单" siteTitle=site.title sample=site.sample hotline=site.hotline serviceUrl=site.serviceUrl url=pageUrl
    description=site.office + "以工代赈项目清单：按年度、乡镇（街道）、建设领域、项目状态、赈济方式查看" nav=nav>
<h1>项目清单</h1>
<@parts.totalsFacts page.totals/>
<#list page.groups as g>
<h2>按${g.kind}</h2>
<ul class="inline-links">
<#list g.lists as l><li><a href="${l.url}">${l.text}</a> <span class="muted">${l.count} 个</span></li></#list>
</ul>
</#list>
<p><a href="/flags/">有问题提示的项目</a> · <a href="/stats/">统计图表</a> · <a href="/data/">数据下载</a></p>
</@layout.page>
