<#ftl output_format="HTML">
<#-- What a withdrawn (cancelled or merged) project's URLs serve instead of a 404: what the project was, when and
     why it was withdrawn, and where its successor is. page.was names the page that used to be at this URL. -->
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<#assign n = page.notice>
<#assign p = n.project>
<#assign w = n.withdrawal[0]>
<@layout.page title=p.name + "（已" + w.status + "）" siteTitle=site.title sample=site.sample hotline=p.hotline serviceUrl=site.serviceUrl url=pageUrl ogType="article"
    description=p.town + p.village + p.name + "，" + w.date + " 已" + w.status + "：" + w.reason nav=nav>
<p class="muted">项目公示 · 编号 ${p.code}<#if page.was?has_content> · 原${page.was}</#if></p>
<h1>${p.name}</h1>
<p><span class="status status-${n.status}">${n.status}</span> ${p.year?c} 年度 · ${p.town}${p.village}</p>
<div class="notice-cancelled" role="status">
<p><strong><#if w.status == "合并">本项目已于 ${w.date} 并入其他项目。<#else>本项目已于 ${w.date} 撤销。</#if></strong></p>
<p>原因：${w.reason}</p>
<#if w.successorUrl?has_content><p><#if w.status == "合并">并入<#else>后续</#if>项目：<a href="${w.successorUrl}">${page.successorName}</a>（${w.successorCode}）</p></#if>
</div>
<#if page.was?has_content><p>这个网址原来是本项目的${page.was}。项目${w.status}后网址保留，说明项目的去向。</p></#if>

<h2>原项目信息</h2>
<table class="facts">
<tr><th scope="row">项目名称</th><td>${p.name}</td></tr>
<tr><th scope="row">年度</th><td>${p.year?c}</td></tr>
<tr><th scope="row">地点</th><td>${p.town}${p.village}</td></tr>
<tr><th scope="row">批复文号</th><td>${p.approvalDocument}</td></tr>
<tr><th scope="row">建设领域</th><td>${n.area}</td></tr>
<tr><th scope="row">建设内容</th><td>${p.content}</td></tr>
<tr><th scope="row">总投资</th><td>${p.investment.wan} 万元</td></tr>
<tr><th scope="row">中央资金</th><td>${p.centralFunds.wan} 万元</td></tr>
<tr><th scope="row">已发放劳务报酬</th><td>${p.laborPaid.wan} 万元<#if n.wageLines?has_content>（<a href="${n.wagesUrl}">发放明细</a>）</#if></td></tr>
<tr><th scope="row">项目业主</th><td>${p.ownerUnit}</td></tr>
</table>

<@parts.history n/>

<section class="hotline-section" id="hotline">
<h2>监督举报</h2>
<div class="hotline">对本项目的撤销或资金去向有疑问，请拨打监督举报电话：<a href="tel:${p.hotline}">${p.hotline}</a></div>
</section>
</@layout.page>
