<#ftl output_format="HTML">
<#-- Pieces shared by several record pages. -->
<#macro projectList projects>
<ul class="project-list">
<#list projects as p>
<li><a href="${p.url}">${p.project.name}</a> <span class="status status-${p.status}">${p.status}</span><br>
<span class="meta">${p.project.code} · ${p.project.town}${p.project.village} · ${p.area} · 中央资金 ${p.project.centralFunds.wan} 万元</span></li>
</#list>
</ul>
</#macro>

<#macro share notice>
<#assign floor = notice.project.laborShareFloor>
<tr><th scope="row">劳务报酬占比</th><td>计划 ${notice.plannedShare.percent}，已发放 ${notice.paidShare.percent}（不低于 ${floor.percent}%）
<#if notice.belowFloor><br><strong class="warn-text">低于 ${floor.percent}% 的比例要求</strong></#if>
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
