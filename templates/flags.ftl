<#ftl output_format="HTML">
<#-- /flags/: every flagged project, by kind of flag. Computed in Java (compliance.ComplianceRules). -->
<#import "layout.ftl" as layout>
<@layout.page title="问题提示" siteTitle=site.title sample=site.sample hotline=site.hotline serviceUrl=site.serviceUrl url=pageUrl
    description="截至 " + page.asOf + "，" + page.flaggedProjects + " 个以工代赈项目有问题提示：劳务报酬占比、工资发放、公示期、运行管护" nav=nav>
<h1>问题提示</h1>
<p>平台根据公布的数字自动检查每个项目，截至 ${page.asOf}，共有 <strong>${page.flaggedProjects}</strong> 个项目有问题提示。提示不等于违规结论，欢迎知情群众监督举报。</p>
<ul>
<#list page.sections as s><li><a href="#${s.anchor}">${s.title}</a>：${s.projects?size} 个项目</li></#list>
</ul>
<#list page.sections as s>
<section id="${s.anchor}">
<h2>${s.title}（${s.projects?size} 个）</h2>
<#if s.anchor == "wages-overdue"><p class="muted">发放期结束 ${page.wageOverdueDays} 天后仍有未发放或未经本人确认的劳务报酬。</p></#if>
<#if s.projects?has_content>
<div class="table-scroll long-table"><table class="ledger flag-table">
<thead><tr><th scope="col">项目</th><th scope="col">乡镇（街道）</th><th scope="col">状态</th><th scope="col">情况</th></tr></thead>
<tbody>
<#list s.projects as f>
<tr><td class="name"><a href="${f.project.url}">${f.project.project.name}</a><br><span class="muted">${f.project.project.code}</span></td><td>${f.project.project.town}</td><td>${f.project.status}</td><td class="detail">${f.flag.detail}</td></tr>
</#list>
</tbody>
</table></div>
<p class="muted">依据：${s.projects[0].flag.rule}</p>
<#else>
<p>目前没有项目有这项提示。</p>
</#if>
</section>
</#list>
</@layout.page>
