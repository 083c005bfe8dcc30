package org.gongshi.generator.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.gongshi.generator.model.Public;

/**
 * Lets templates read only this project's types marked {@link Public}, besides strings, numbers, dates, lists and maps.
 * A template that reaches anything else — a roster row, a record with private fields — stops the build instead of
 * printing it.
 */
final class PublicOnlyWrapper extends DefaultObjectWrapper {

    private static final String OWN_PACKAGES = "org.gongshi.";

    PublicOnlyWrapper() {
        super(Configuration.VERSION_2_3_34);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        Class<?> type = obj.getClass().isAnonymousClass() ? obj.getClass().getSuperclass() : obj.getClass();
        if (type.getName().startsWith(OWN_PACKAGES) && !isPublic(type)) {
            throw new TemplateModelException("模板不能读取未标记为可公开（@Public）的类型 " + type.getName()
                    + "：个人信息只能经脱敏后以公开视图进入页面");
        }
        return super.handleUnknownType(obj);
    }

    private static boolean isPublic(Class<?> type) {
        return type.isAnnotationPresent(Public.class);
    }
}
