<#ftl output_format="HTML">
<#-- /p/{CODE}/: the notice a signboard's QR code opens. Before completion it carries the notice-board facts
     (公开栏: workers, wage payments, hotline); after completion the permanent-signboard facts (永久性公示牌). -->
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<#import "hotline-form.ftl" as hotline>
<#assign n = page.notice>
<#assign p = n.project>
<@layout.page title=p.name siteTitle=site.title sample=site.sample hotline=p.hotline serviceUrl=site.serviceUrl url=pageUrl ogType="article"
    description=p.town + p.village + "以工代赈项目公示：" + p.name + "，" + n.status + "，中央资金 " + p.centralFunds.wan + " 万元" nav=nav>
<p class="muted">项目公示 · 编号 ${p.code}</p>
<h1>${p.name}</h1>
<p><span class="status status-${n.status}">${n.status}</span> ${p.year} 年度 · ${p.town}${p.village}</p>
<#if page.cases?has_content>
<p class="case-note">本项目入选典型案例：<#list page.cases as c><a href="${c.url}">${c.text}</a><#sep>、</#list></p>
</#if>
<@parts.flags n/>

<#if n.built>
<h2>永久性公示牌</h2>
<table class="facts">
<tr><th scope="row">项目名称</th><td>${p.name}</td></tr>
<tr><th scope="row">建设时间</th><td>${p.construction.start} 至 ${p.construction.end}</td></tr>
<tr><th scope="row">建设内容</th><td>${p.content}</td></tr>
<tr><th scope="row">群众受益情况</th><td>${p.benefit}</td></tr>
<tr><th scope="row">运行管护责任主体</th><td>${n.maintainer()}</td></tr>
</table>
<#else>
<h2>施工公开栏</h2>
<table class="facts">
<tr><th scope="row">建设内容</th><td>${p.content}</td></tr>
<tr><th scope="row">计划建设时间</th><td>${p.construction.start} 至 ${p.construction.end}</td></tr>
<tr><th scope="row">群众务工信息</th><td>计划用工 ${p.workers.planned} 人，已吸纳务工 ${n.employedTotal} 人<br>
<#list n.employed as g>${g.group} ${g.count} 人<#sep>，</#list></td></tr>
<tr><th scope="row">劳务报酬发放</th><td><#if n.batches?has_content>已发放 ${n.wageTotal.paid.yuan} 元，共 ${n.batches?size} 批次<#if n.wageTotal.unpaid gt 0>，尚有 ${n.wageTotal.unpaid} 人次未发放</#if>
<br><a href="${n.wagesUrl}">查看劳务报酬发放公示</a><#else>尚未发放</#if></td></tr>
<tr><th scope="row">群众受益情况</th><td>${p.benefit}</td></tr>
</table>
</#if>

<h2>资金与劳务报酬</h2>
<table class="facts">
<tr><th scope="row">总投资</th><td>${p.investment.wan} 万元</td></tr>
<tr><th scope="row">中央资金</th><td>${p.centralFunds.wan} 万元</td></tr>
<tr><th scope="row">计划劳务报酬</th><td>${p.laborPlanned.wan} 万元</td></tr>
<tr><th scope="row">已发放劳务报酬</th><td>${p.laborPaid.wan} 万元<#if n.wageLines?has_content>（<a href="${n.wagesUrl}">发放明细</a>）</#if></td></tr>
<@parts.share n/>
</table>

<h2>项目信息</h2>
<table class="facts">
<tr><th scope="row">项目编号</th><td>${p.code}</td></tr>
<tr><th scope="row">批复文号</th><td>${p.approvalDocument}</td></tr>
<tr><th scope="row">建设领域</th><td>${n.area}</td></tr>
<tr><th scope="row">赈济方式</th><td><#list n.reliefModes as m>${m}<#sep>、</#list></td></tr>
<tr><th scope="row">项目业主</th><td>${p.ownerUnit}</td></tr>
<tr><th scope="row">施工单位</th><td>${p.builder}</td></tr>
<#if p.maintainer?has_content && !n.built><tr><th scope="row">运行管护</th><td>${p.maintainer}</td></tr></#if>
<tr><th scope="row">建设时间</th><td>${p.construction.start} 至 ${p.construction.end}</td></tr>
<tr><th scope="row">公示期</th><td>${p.notice.start} 至 ${p.notice.end}</td></tr>
<tr><th scope="row">务工群众</th><td>计划 ${p.workers.planned} 人，实际 ${n.employedTotal} 人（<#list n.employed as g>${g.group} ${g.count}<#sep>，</#list>）</td></tr>
<#if p.remarks?has_content><tr><th scope="row">备注</th><td>${p.remarks}</td></tr></#if>
</table>

<@parts.history n/>
<p><a href="${n.url}signboard/">公示牌（可打印）</a> · <a href="${n.url}qr.svg">本页二维码</a> · <a href="${n.url}project.json">项目记录（JSON）</a></p>

<#-- Omitted entirely until the hotline desk publishes a ledger: "no complaints" would not be known yet. -->
<#if page.complaints.ledgerPublished>
<#assign c = page.complaints.figures>
<section class="complaints" id="complaints">
<h2>网上监督举报办理情况</h2>
<#if c.total gt 0>
<table class="facts">
<tr><th scope="row">网上举报</th><td>共 ${c.total} 件</td></tr>
<tr><th scope="row">举报事项</th><td><#list c.byKind as k>${k.label} ${k.count} 件<#sep>，</#list></td></tr>
<tr><th scope="row">办理情况</th><td><#list c.byStatus as s>${s.label} ${s.count} 件<#sep>，</#list></td></tr>
<#if c.medianDays?has_content><tr><th scope="row">办结用时</th><td>办结用时中位数 ${c.medianDays} 天</td></tr></#if>
</table>
<#if c.replies?has_content>
<h3>公开答复</h3>
<ul class="replies">
<#list c.replies as r>
<li><p class="meta">${r.received} 收到 · ${r.kind} · ${r.status}<#if r.closed?has_content> · ${r.closed} 办结</#if></p>
<p class="reply-text">${r.reply}</p></li>
</#list>
</ul>
</#if>
<#else>
<p>本项目暂无网上举报。</p>
</#if>
<p class="muted">只公开件数和公开答复，不公开举报人和举报原文。<a href="/complaints/">全部项目的举报办理情况</a></p>
</section>
</#if>

<section class="hotline-section" id="hotline">
<h2>监督举报</h2>
<div class="hotline">监督举报电话：<a href="tel:${p.hotline}">${p.hotline}</a><br><span class="muted">对本项目的用工、劳务报酬发放、工程质量有疑问，欢迎举报。</span></div>
<h3>网上举报</h3>
<@hotline.form serviceUrl=site.serviceUrl project=p.code/>
</section>
</@layout.page>
