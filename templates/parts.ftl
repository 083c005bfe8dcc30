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
<tr><th>劳务报酬占比</th><td>计划 ${notice.plannedShare.percent}，已发放 ${notice.paidShare.percent}（不低于 ${floor.percent}%）
<#if notice.belowFloor><br><strong class="warn-text">低于 ${floor.percent}% 的比例要求</strong></#if>
<br><span class="muted">依据：${floor.rule}</span></td></tr>
</#macro>
