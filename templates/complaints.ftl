<#ftl output_format="HTML">
<#-- /complaints/: the public complaint ledger. Every number is computed in Java (ComplaintReport); the page only
     lays them out. Without a ledger file the page still exists and says nothing is published yet. -->
<#import "layout.ftl" as layout>
<@layout.page title="举报办理情况" siteTitle=site.title sample=site.sample hotline=site.hotline serviceUrl=site.serviceUrl url=pageUrl
    description=site.office + "以工代赈项目网上监督举报办理情况：举报件数、办理进展和公开答复" nav=nav>
<h1>举报办理情况</h1>
<#if page.published>
<p class="muted">数据截至 ${page.generated}（北京时间）</p>
<#assign a = page.all>
<table class="facts">
<tr><th scope="row">收到网上举报</th><td>${a.total} 件<#if page.unassigned.total gt 0>（其中未指明项目的 ${page.unassigned.total} 件）</#if></td></tr>
<tr><th scope="row">办理情况</th><td><#list a.byStatus as s>${s.label} ${s.count} 件<#sep>，</#list><#if !a.byStatus?has_content>—</#if></td></tr>
<tr><th scope="row">举报事项</th><td><#list a.byKind as k>${k.label} ${k.count} 件<#sep>，</#list><#if !a.byKind?has_content>—</#if></td></tr>
</table>

<h2>各项目举报办理情况</h2>
<#if a.total gt 0>
<div class="table-scroll">
<table class="ledger complaint-table">
<thead><tr><th scope="col">项目编号</th><th scope="col">项目名称</th><th scope="col" class="num">举报</th><th scope="col" class="num">已办结</th><th scope="col" class="num">尚在办理</th><th scope="col" class="num">不予受理</th><th scope="col" class="num">办结用时中位数（天）</th></tr></thead>
<tbody>
<#list page.rows as r>
<tr><td><a href="${r.url}">${r.code}</a></td><td class="name">${r.name}</td><td class="num">${r.figures.total}</td><td class="num">${r.figures.closed}</td><td class="num">${r.figures.open}</td><td class="num">${r.figures.rejected}</td><td class="num"><#if r.figures.medianDays?has_content>${r.figures.medianDays}<#else>—</#if></td></tr>
</#list>
<#assign u = page.unassigned>
<tr class="unassigned"><td colspan="2">未指明项目</td><td class="num">${u.total}</td><td class="num">${u.closed}</td><td class="num">${u.open}</td><td class="num">${u.rejected}</td><td class="num"><#if u.medianDays?has_content>${u.medianDays}<#else>—</#if></td></tr>
</tbody>
<tfoot><tr><td colspan="2">合计</td><td class="num">${a.total}</td><td class="num">${a.closed}</td><td class="num">${a.open}</td><td class="num">${a.rejected}</td><td class="num">—</td></tr></tfoot>
</table>
</div>
<#else>
<p>暂无网上举报。</p>
</#if>
<p class="muted">“尚在办理”是待受理、已受理和办理中的件数。<#if page.unknownCodes gt 0>有 ${page.unknownCodes} 件举报填写的项目编号在本站查不到，计入“未指明项目”。</#if>各项目的公开答复见该项目的公示页面。</p>
<#else>
<p>网上举报办理情况尚未发布。发布后，会在这里公开举报件数、办理进展和公开答复。</p>
</#if>

<h2>公开哪些内容</h2>
<p>本页和各项目公示页面只公开举报的件数、办理进展和办理单位的公开答复。举报人的姓名、电话等身份信息和举报原文一律不公开。</p>
<p><a href="/hotline/">我要举报</a></p>
</@layout.page>
