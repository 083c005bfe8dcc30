<#ftl output_format="HTML">
<#-- Authored Markdown pages, rendered by stock JBake: the portal settings arrive through JBake's config map. -->
<#import "layout.ftl" as layout>
<@layout.page title=content.title siteTitle=config.gongshi_title sample=config.gongshi_sample
    hotline=config.gongshi_hotline serviceUrl=config.gongshi_serviceUrl description=content.title nav=config.gongshi_nav.links>
<article>
<h1>${content.title}</h1>
${content.body?no_esc}
</article>
</@layout.page>
