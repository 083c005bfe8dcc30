<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "parts.ftl" as parts>
<@layout.page title=page.year + " 年度以工代赈项目清单" siteTitle=site.title sample=site.sample hotline=site.hotline serviceUrl=site.serviceUrl url=pageUrl
    description=site.office + page.year + " 年度以工代赈项目清单，共 " + page.totals.projects + " 个项目" nav=nav>
<h1>${page.year} 年度以工代赈项目清单</h1>
<table class="facts">
<tr><th scope="row">项目数</th><td>${page.totals.projects} 个<#if page.totals.withdrawn gt 0>（其中已撤销或合并 ${page.totals.withdrawn} 个，不计入合计）</#if></td></tr>
<tr><th scope="row">总投资</th><td>${page.totals.investment.wan} 万元</td></tr>
<tr><th scope="row">中央资金</th><td>${page.totals.centralFunds.wan} 万元</td></tr>
<tr><th scope="row">已发放劳务报酬</th><td>${page.totals.laborPaid.wan} 万元（占中央资金 ${page.totals.laborShare.percent}）</td></tr>
<tr><th scope="row">务工群众</th><td>${page.totals.workers} 人（<#list page.totals.employed as g>${g.group} ${g.count}<#sep>，</#list>）</td></tr>
</table>
<h2>项目</h2>
<@parts.projectList page.projects/>
<p class="muted">其他年度：<#list page.years as y><#if y != page.year><a href="/projects/${y?c}/">${y?c}</a> </#if></#list></p>
</@layout.page>
