<#ftl output_format="HTML">
<#-- /p/{CODE}/wages/: 劳务报酬发放公示. Only masked lines reach this template (see mask.Masker). -->
<#import "layout.ftl" as layout>
<#assign n = page.notice>
<#assign p = n.project>
<@layout.page title=p.name + " 劳务报酬发放公示" siteTitle=site.title sample=site.sample hotline=p.hotline serviceUrl=site.serviceUrl url=pageUrl
    description=p.name + "劳务报酬发放公示：已发放 " + n.wageTotal.paid.yuan + " 元" nav=nav>
<p class="muted"><a href="${n.url}">${p.name}</a> · 编号 ${p.code}</p>
<h1>劳务报酬发放公示</h1>
<#if n.withdrawn><#assign w = n.withdrawal[0]>
<p class="notice-cancelled" role="status">本项目已于 ${w.date} ${w.status}（<a href="${n.url}">查看说明</a>）。已发放的劳务报酬继续在此公示。</p>
</#if>
<p>${p.name}（${p.town}${p.village}）</p>
<#if n.wageLines?has_content>
<p class="muted">为保护个人信息，姓名只显示部分文字，身份证号、电话、银行卡号不公开。务工群众如发现本人报酬未足额发放，请拨打监督举报电话 <a href="tel:${p.hotline}">${p.hotline}</a>。</p>
<p class="check-code-note"><strong>怎样找到自己的记录：</strong>每位务工群众的工资条上印有 5 位核对码，在下面的发放明细中找到核对码相同的行，就是您本人的发放记录。核对码由身份证号加密生成，别人无法从核对码反推出身份证号。<#if page.demoCheckCodes>（本站为示例站点，核对码用公开的演示密钥生成。）</#if></p>

<h2>发放批次</h2>
<div class="table-scroll"><table class="ledger">
<thead><tr><th scope="col">发放期间</th><th scope="col" class="num">人次</th><th scope="col" class="num">务工天数</th><th scope="col" class="num">应发（元）</th><th scope="col" class="num">实发（元）</th><th scope="col" class="num">打卡发放</th><th scope="col" class="num">本人确认</th><th scope="col">状态</th></tr></thead>
<tbody>
<#list n.batches as b>
<tr><td>${b.period}</td><td class="num">${b.lines}</td><td class="num">${b.days}</td><td class="num">${b.due.yuan}</td><td class="num">${b.paid.yuan}</td><td class="num">${b.paidToCard}</td><td class="num">${b.confirmed}</td><td><#if b.settled()>已足额发放<#elseif b.unpaid gt 0>${b.unpaid} 人次未发放<#else>未全部确认</#if></td></tr>
</#list>
</tbody>
<tfoot><tr><td>合计</td><td class="num">${n.wageTotal.lines}</td><td class="num">${n.wageTotal.days}</td><td class="num">${n.wageTotal.due.yuan}</td><td class="num">${n.wageTotal.paid.yuan}</td><td class="num">${n.wageTotal.paidToCard}</td><td class="num">${n.wageTotal.confirmed}</td><td></td></tr></tfoot>
</table></div>

<h2>发放明细</h2>
<div class="table-scroll long-table"><table class="ledger">
<thead><tr><th scope="col">核对码</th><th scope="col">姓名</th><th scope="col">村组</th><th scope="col">人员类别</th><th scope="col">工种</th><th scope="col">发放期间</th><th scope="col" class="num">天数</th><th scope="col" class="num">应发（元）</th><th scope="col" class="num">实发（元）</th><th scope="col">发放日期</th><th scope="col">打卡发放</th><th scope="col">本人确认</th></tr></thead>
<tbody>
<#list n.wageLines as w>
<tr><td class="check-code">${w.checkCode}</td><td>${w.maskedName}</td><td>${w.villageGroup}</td><td>${w.group}</td><td>${w.job}</td><td>${w.period}</td><td class="num">${w.days}</td><td class="num">${w.due.yuan}</td><td class="num">${w.paid.yuan}</td><td>${w.payDate?has_content?then(w.payDate, "未发放")}</td><td>${w.paidToCard?then("是", "否")}</td><td>${w.confirmed?then("是", "否")}</td></tr>
</#list>
</tbody>
</table></div>
<#else>
<p>本项目暂无劳务报酬发放记录。<#if n.status == "储备" || n.status == "计划">项目开工后将在此公示发放情况。</#if></p>
</#if>
</@layout.page>
