<#ftl output_format="HTML">
<#-- Authored Markdown pages, rendered by stock JBake: the portal settings arrive through JBake's config map.
     The description is the page's own "description=" header, else the start of its text. -->
<#import "layout.ftl" as layout>
<#if content.description?has_content>
<#assign summary = content.description>
<#else>
<#assign summary = content.body?replace("<[^>]*>", " ", "r")?replace("&[#a-zA-Z0-9]+;", " ", "r")?replace("\\s+", " ", "r")?trim?truncate_c(120, "…")>
</#if>
<#assign site = config.gongshi_site>
<#-- Record pages get the inlined stylesheet as a shared variable; stock JBake renders this page, so it comes from
     the config map, and only a global reaches layout.ftl's namespace. -->
<#global stylesheet = site.stylesheet>
<@layout.page title=content.title siteTitle=site.title sample=site.sample hotline=site.hotline serviceUrl=site.serviceUrl
    url=site.baseUrl + content.uri?remove_beginning("/")?remove_ending("index.html")?url_path("UTF-8")
    description=summary nav=site.nav>
<article>
<h1>${content.title}</h1>
<#-- HTML made by render.Markdown (PageMarkdownEngine): raw HTML in the Markdown is escaped there. -->
${content.body?no_esc}
</article>
</@layout.page>
