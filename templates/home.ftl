<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page title="首页" siteTitle=site.title sample=site.sample hotline=site.hotline serviceUrl=site.serviceUrl url=pageUrl
    description=site.office + "发布的以工代赈项目公示：项目清单、公示牌信息、劳务报酬发放情况" nav=nav>
<h1>以工代赈项目公示</h1>
<p>${site.office}在此公开本地以工代赈项目：建设内容、资金、务工群众和劳务报酬发放情况。扫描项目现场公示牌上的二维码，可直接打开该项目的公示页面。</p>

<#if page.flaggedProjects gt 0>
<p class="flag-summary"><a href="/flags/">⚠ ${page.flaggedProjects} 个项目有问题提示</a>：劳务报酬占比偏低、工资逾期未发放或未确认、公示期已过未完工、完工后未明确管护主体。</p>
</#if>

<h2>年度项目清单</h2>
<ul class="project-list">
<#list page.years as y>
<li><a href="${y.url}">${y.year} 年度项目清单</a> <span class="meta">${y.projects} 个项目</span></li>
</#list>
</ul>
<p><a href="/projects/">按乡镇（街道）、建设领域、项目状态、赈济方式查看项目清单</a> · <a href="/stats/">统计图表</a> · <a href="/data/">数据下载</a></p>
<p class="muted">共 ${page.totals.projects} 个项目，中央资金 ${page.totals.centralFunds.wan} 万元，已发放劳务报酬 ${page.totals.laborPaid.wan} 万元，带动务工群众 ${page.totals.workers} 人。</p>

<h2>最新公示</h2>
<@parts.projectList page.latest/>

<#if page.cases?has_content>
<h2>典型案例</h2>
<ul class="project-list">
<#list page.cases as c><li><a href="${c.url}">${c.text}</a></li></#list>
</ul>
<p><a href="/cases/">全部典型案例</a></p>
</#if>

<div class="hotline">对项目建设、劳务报酬发放有疑问或举报，请拨打监督举报电话：<br><a href="tel:${site.hotline}">${site.hotline}</a></div>
</@layout.page>
