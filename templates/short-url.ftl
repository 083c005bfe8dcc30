<#ftl output_format="HTML">
<#-- /P/{CODE}/: the upper-case address a signboard's QR code holds (upper case keeps the code small). On a
     static host this page leads on to the notice; gongshi's own server answers /P/{CODE} with a redirect. -->
<#import "layout.ftl" as layout>
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<#-- og:url is the notice's: a link shared from here should point where this page leads. -->
<@layout.meta title=page.name + " - " + site.title description=page.name + "（项目编号 " + page.code + "）的以工代赈项目公示"
    url=site.baseUrl + page.target?remove_beginning("/") ogType="article" siteTitle=site.title/>
<meta http-equiv="refresh" content="0; url=${page.target}">
<link rel="canonical" href="${page.target}">
<meta name="robots" content="noindex">
</head>
<body>
<main id="main">
<p>正在打开项目 ${page.code} 的公示页面……如果没有自动打开，请点击：<a href="${page.target}">${page.code} 项目公示</a></p>
</main>
</body>
</html>
