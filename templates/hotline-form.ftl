<#ftl output_format="HTML">
<#-- The complaint form, on every notice page (project prefilled) and on /hotline/ (project empty). It posts to the
     gongshi server at serviceUrl, which relies on these field names and kind values: change them only together
     with the server. Plain HTML, so it works with JavaScript off; one form per page, so the ids are fixed. -->
<#macro form serviceUrl project="">
<form method="post" action="${serviceUrl}hotline" accept-charset="UTF-8" class="hotline-form">
<div class="field">
<label for="hotline-project">项目编号或名称（可不填）</label>
<input type="text" name="project" id="hotline-project" value="${project}">
</div>
<fieldset class="field">
<legend>举报事项（必选）</legend>
<div class="choice"><input type="radio" name="kind" value="wage" id="hotline-kind-wage" required> <label for="hotline-kind-wage">拖欠或克扣工资</label></div>
<div class="choice"><input type="radio" name="kind" value="notice" id="hotline-kind-notice" required> <label for="hotline-kind-notice">公示信息不实</label></div>
<div class="choice"><input type="radio" name="kind" value="quality" id="hotline-kind-quality" required> <label for="hotline-kind-quality">工程质量</label></div>
<div class="choice"><input type="radio" name="kind" value="other" id="hotline-kind-other" required> <label for="hotline-kind-other">其他</label></div>
</fieldset>
<div class="field">
<label for="hotline-description">举报内容（不超过 2000 字）</label>
<textarea name="description" id="hotline-description" maxlength="2000" required rows="6"></textarea>
</div>
<div class="field">
<label for="hotline-phone">联系电话（可不填，仅办理人员可见，不会公开）</label>
<input type="tel" name="phone" id="hotline-phone" autocomplete="tel">
</div>
<div class="field choice">
<input type="checkbox" name="anonymous" value="1" id="hotline-anonymous"> <label for="hotline-anonymous">匿名举报（不留联系方式）</label>
</div>
<#-- A trap for form-filling robots: off-screen rather than display:none, which some robots skip. -->
<div class="hp" aria-hidden="true"><label for="hotline-website">请勿填写此项</label><input type="text" name="website" id="hotline-website" tabindex="-1" autocomplete="off"></div>
<button type="submit">下一步：核对举报内容</button>
</form>
<p class="hotline-form-note">点“下一步”后，下一页会把您填写的内容再显示一遍，请核对无误后再确认提交。提交后您会得到一个受理编号，凭这个编号可以查询办理进度。联系电话加密保存，只有办理人员能看到，绝不公开。
<a href="${serviceUrl}hotline/status">查询办理进度</a></p>
</#macro>
