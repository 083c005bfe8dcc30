<#ftl output_format="HTML">
<#-- /data/: the open-data files and their columns; both lists come from the column definitions in Java. -->
<#import "layout.ftl" as layout>
<@layout.page title="开放数据" siteTitle=site.title sample=site.sample hotline=site.hotline serviceUrl=site.serviceUrl url=pageUrl
    description=site.office + "以工代赈项目开放数据下载：项目清单、劳务报酬发放批次（CSV、JSON）" nav=nav>
<h1>开放数据</h1>
<p>本站公示的项目数据可以整体下载，网址长期不变。CSV 文件为 UTF-8 编码（带 BOM，Excel 可直接打开中文），逗号分隔；JSON 文件为对象数组，字段与同名 CSV 相同，数字为数值，没有值时为 null。</p>
<p>金额同时给出“分”（整数，精确）和“元”（两位小数）两列；日期为 ISO 8601 格式 YYYY-MM-DD，月份为 YYYY-MM。劳务报酬发放数据只有按项目、按发放期间的汇总，不含个人信息。</p>
<p id="csv-formulas">为防止表格软件把文字当作公式运行，CSV 文件中以 =、+、-、@ 开头的文字前面加了一个英文单引号（'），数字和 JSON 文件不受影响。</p>
<h2>文件</h2>
<div class="table-scroll"><table class="ledger data-files">
<caption>全部文件</caption>
<thead><tr><th scope="col">年度</th><th scope="col">文件</th><th scope="col">行数</th><th scope="col">大小</th></tr></thead>
<tbody>
<#list page.files as f><tr><td>${f.scope}</td><td><a href="${f.url}">${f.url}</a></td><td class="num">${f.rows}</td><td class="num">${f.size}</td></tr></#list>
</tbody>
</table></div>
<#list page.schemas as s>
<h2 id="${s.id}"><#list s.names as n>${n}<#sep>、</#list> 的字段</h2>
<p>${s.about}</p>
<div class="table-scroll"><table class="ledger data-columns">
<caption><#list s.names as n>${n}<#sep>、</#list> 的字段说明</caption>
<thead><tr><th scope="col">字段名</th><th scope="col">含义</th><th scope="col">单位或格式</th></tr></thead>
<tbody>
<#list s.columns as c><tr><td><code>${c.name}</code></td><td class="wrap-text">${c.label}</td><td>${c.unit}</td></tr></#list>
</tbody>
</table></div>
</#list>
<p class="muted">统计图表及其 CSV 见<a href="/stats/">统计图表</a>。</p>
</@layout.page>
