<#ftl output_format="HTML">
<#-- /hotline/: the complaint form for any project, or none. A static page; the form posts to the gongshi server. -->
<#import "layout.ftl" as layout>
<#import "hotline-form.ftl" as hotline>
<@layout.page title="监督举报" siteTitle=site.title sample=site.sample hotline=site.hotline serviceUrl=site.serviceUrl url=pageUrl
    description="向" + site.office + "举报以工代赈项目拖欠工资、公示不实、工程质量等问题" nav=nav>
<h1>监督举报</h1>
<p>以工代赈项目拖欠或克扣务工群众的工资、公示的信息和实际情况不符、工程质量有问题，或者有其他违规的情况，都可以举报。可以打电话，也可以在下面网上填写。</p>
<div class="hotline">${site.office}监督举报电话：<br><a href="tel:${site.hotline}">${site.hotline}</a></div>

<h2>网上举报</h2>
<p>知道项目编号的请填上（项目现场公示牌和项目公示页面上都有），不知道的可以写项目名称或地点，也可以不填。</p>
<@hotline.form serviceUrl=site.serviceUrl/>
<p><a href="/complaints/">举报办理情况</a>：已收到举报的件数、办理进展和公开答复。</p>
</@layout.page>
