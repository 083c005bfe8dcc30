<#ftl output_format="HTML">
<#-- /404.html: the page a static host (or gongshi's server) shows for an address that does not exist. -->
<#import "layout.ftl" as layout>
<@layout.page title="页面不存在" siteTitle=site.title sample=site.sample hotline=site.hotline serviceUrl=site.serviceUrl url=pageUrl description="您要找的页面不存在，可按项目名称、村名、文号或项目编号搜索" + site.title nav=nav>
<h1>页面不存在</h1>
<p>您要找的页面不存在。请检查网址，或用上面的搜索框按项目名称、村名、文号或项目编号查找。</p>
<p><a href="/">返回首页</a></p>
</@layout.page>
