<#ftl output_format="HTML">
<#-- Pieces shared by several record pages. -->
<#macro projectList projects>
<ul class="project-list">
<#list projects as p>
<li><a href="${p.url}">${p.project.name}</a> <span class="status status-${p.status}">${p.status}</span><@flagMark p/><br>
<span class="meta">${p.project.code} · ${p.project.town}${p.project.village} · ${p.area} · 中央资金 ${p.project.centralFunds.wan} 万元</span></li>
</#list>
</ul>
</#macro>

<#-- A flagged project's mark in lists: words, not a colour, with the way to what the flags are. -->
<#macro flagMark p>
<#if p.flags?has_content> <a class="flag-mark" href="${p.url}#flags">⚠ 问题提示 ${p.flags?size} 项</a></#if>
</#macro>

<#-- Lists for comparing projects: one row each, the totals below. Withdrawn projects are listed, not summed. -->
<#macro projectTable projects totals>
<div class="table-scroll long-table"><table class="ledger project-table">
<caption>共 ${totals.projects} 个项目<#if totals.withdrawn gt 0>（其中已撤销或合并 ${totals.withdrawn} 个，不计入合计）</#if></caption>
<thead><tr><th scope="col">项目</th><th scope="col">乡镇（街道）</th><th scope="col">状态</th><th scope="col" class="num">中央资金（万元）</th><th scope="col" class="num">已发放劳务报酬（万元）</th><th scope="col" class="num">占比</th><th scope="col" class="num">务工群众（人）</th><th scope="col">问题提示</th></tr></thead>
<tbody>
<#list projects as p>
<tr><td class="name"><a href="${p.url}">${p.project.name}</a><br><span class="muted">${p.project.code}</span></td><td>${p.project.town}</td><td>${p.status}</td><td class="num">${p.project.centralFunds.wan}</td><td class="num">${p.project.laborPaid.wan}</td><td class="num">${p.paidShare.percent}</td><td class="num">${p.employedTotal}</td><td><#list p.flags as f><a href="/flags/#${f.anchor}">${f.title}</a><#sep><br></#list></td></tr>
</#list>
</tbody>
<tfoot><tr><th scope="row">合计</th><td></td><td></td><td class="num">${totals.centralFunds.wan}</td><td class="num">${totals.laborPaid.wan}</td><td class="num">${totals.laborShare.percent}</td><td class="num">${totals.workers}</td><td></td></tr></tfoot>
</table></div>
</#macro>

<#macro totalsFacts totals>
<table class="facts">
<tr><th scope="row">项目数</th><td>${totals.projects} 个<#if totals.withdrawn gt 0>（其中已撤销或合并 ${totals.withdrawn} 个，不计入合计）</#if></td></tr>
<tr><th scope="row">总投资</th><td>${totals.investment.wan} 万元</td></tr>
<tr><th scope="row">中央资金</th><td>${totals.centralFunds.wan} 万元</td></tr>
<tr><th scope="row">已发放劳务报酬</th><td>${totals.laborPaid.wan} 万元（占中央资金 ${totals.laborShare.percent}）</td></tr>
<tr><th scope="row">务工群众</th><td>${totals.workers} 人（<#list totals.employed as g>${g.group} ${g.count}<#sep>，</#list>）</td></tr>
</table>
</#macro>

<#-- A notice's compliance flags: what is wrong, the facts, the rule. -->
<#macro flags notice>
<#if notice.flags?has_content>
<section class="flags" id="flags">
<h2>⚠ 问题提示</h2>
<p class="muted">以下提示由平台根据公布的数字自动计算，供群众监督参考。</p>
<ul>
<#list notice.flags as f>
<li><strong>${f.title}</strong>：${f.detail}。<br><span class="muted">依据：${f.rule}</span> <a href="/flags/#${f.anchor}">同类问题的全部项目</a></li>
</#list>
</ul>
</section>
</#if>
</#macro>

<#macro share notice>
<#assign floor = notice.project.laborShareFloor>
<tr><th scope="row">劳务报酬占比</th><td>计划 ${notice.plannedShare.percent}，已发放 ${notice.paidShare.percent}（不低于 ${floor.percent}%）
<#if notice.belowFloor><br><strong class="warn-text">⚠ 低于 ${floor.percent}% 的比例要求</strong></#if>
<br><span class="muted">依据：${floor.rule}</span></td></tr>
</#macro>

<#-- Lifecycle steps, then amendments: what changed on the notice since it was first published, and why. -->
<#macro history notice>
<h2>项目进度</h2>
<ol class="history">
<#list notice.history as h>
<li>${h.date} ${h.status}<#if h.reason?has_content>：${h.reason}</#if></li>
</#list>
</ol>
<#if notice.amendments?has_content>
<h2 id="amendments">变更记录</h2>
<ol class="history">
<#list notice.amendments as a>
<li>${a.date} ${a.fields}调整：${a.change}；原因：${a.reason}</li>
</#list>
</ol>
</#if>
</#macro>
