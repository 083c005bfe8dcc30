<#ftl output_format="HTML">
<#-- /P/{CODE}/: the upper-case address a signboard's QR code holds (upper case keeps the code small). On a
     static host this page leads on to the notice; gongshi's own server answers /P/{CODE} with a redirect. -->
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=${page.target}">
<link rel="canonical" href="${page.target}">
<meta name="robots" content="noindex">
<title>项目 ${page.code} - ${site.title}</title>
</head>
<body>
<p>正在打开项目 ${page.code} 的公示页面……如果没有自动打开，请点击：<a href="${page.target}">${page.code} 项目公示</a></p>
</body>
</html>
