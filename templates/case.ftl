<#ftl output_format="HTML">
<#-- /cases/{slug}/: an authored typical case with the key figures of the projects it names. -->
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<#assign c = page.typicalCase>
<@layout.page title="典型案例：" + c.title siteTitle=site.title sample=site.sample hotline=site.hotline serviceUrl=site.serviceUrl url=pageUrl ogType="article"
    description=c.summary?has_content?then(c.summary, "以工代赈典型案例：" + c.title) nav=nav>
<p class="muted"><a href="/cases/">典型案例</a> · ${c.date}</p>
<article>
<h1>${c.title}</h1>
<h2>涉及的项目</h2>
<@parts.projectTable page.projects page.totals/>
<h2>案例介绍</h2>
<#-- HTML made by render.Markdown, which escapes raw HTML in the Markdown. -->
${page.html?no_esc}
</article>
</@layout.page>
