<#ftl output_format="HTML">
<#-- /cases/: every typical case, newest first. -->
<#import "layout.ftl" as layout>
<@layout.page title="典型案例" siteTitle=site.title sample=site.sample hotline=site.hotline serviceUrl=site.serviceUrl url=pageUrl
    description=site.office + "以工代赈典型案例，共 " + page.cases?size + " 个" nav=nav>
<h1>典型案例</h1>
<#if page.cases?has_content>
<ul class="project-list">
<#list page.cases as k>
<li><a href="${k.typicalCase.url()}">${k.typicalCase.title}</a> <span class="muted">${k.typicalCase.date}</span><br>
<#if k.typicalCase.summary?has_content>${k.typicalCase.summary}<br></#if>
<span class="meta">涉及项目：<#list k.projects as p><a href="${p.url}">${p.project.name}</a><#sep>、</#list></span></li>
</#list>
</ul>
<#else>
<p>暂无典型案例。</p>
</#if>
</@layout.page>
