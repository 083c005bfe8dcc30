package org.gongshi.generator.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.gongshi.generator.Problems;
import org.gongshi.generator.mask.CheckCodes;

/**
 * Finds the site secret the check codes are made with. It never lives in the content tree, which is copied,
 * committed and sometimes published: it comes from the environment, as the secret itself or as a file.
 */
public final class CheckCodeSecret {

    public static final String FILE_VARIABLE = "GONGSHI_CHECK_CODE_SECRET_FILE";
    public static final String VARIABLE = "GONGSHI_CHECK_CODE_SECRET";
    static final int MIN_LENGTH = 16;

    /** Published on purpose: the sample site's wage lines are fictional, and its pages say the secret is a demo. */
    static final String DEMO_SECRET = "gongshi-sample-site-demo-secret-not-for-real-sites";

    private CheckCodeSecret() {
    }

    /**
     * The check codes of this build; empty, with a problem recorded, when no usable secret is set. A sample site
     * without one uses the demo secret; a real site needs one as soon as it publishes a wage line.
     */
    public static Optional<CheckCodes> read(Map<String, String> environment, Path contentDir, boolean sample,
                                            boolean wagesPublished, Problems problems) {
        String file = environment.getOrDefault(FILE_VARIABLE, "");
        String value = environment.getOrDefault(VARIABLE, "");
        Path site = contentDir.resolve("site.json");
        if (!file.isBlank()) {
            return fromFile(Path.of(file), contentDir, problems);
        }
        if (!value.isBlank()) {
            return usable(value.strip(), site, "环境变量 " + VARIABLE, problems);
        }
        if (sample) {
            return Optional.of(new CheckCodes(DEMO_SECRET.getBytes(StandardCharsets.UTF_8), true));
        }
        if (!wagesPublished) {
            return Optional.of(CheckCodes.NONE);
        }
        problems.add(site, 1, "核对码密钥", "没有设置核对码密钥。请把一段至少 " + MIN_LENGTH + " 个字符的随机文字写入内容目录以外的文件，"
                + "用环境变量 " + FILE_VARIABLE + " 指向它（或直接设置环境变量 " + VARIABLE + "）；"
                + "密钥启用后不要更换，否则已印在工资条上的核对码会对不上");
        return Optional.empty();
    }

    private static Optional<CheckCodes> fromFile(Path file, Path contentDir, Problems problems) {
        if (file.toAbsolutePath().normalize().startsWith(contentDir.toAbsolutePath().normalize())) {
            problems.add(file, 1, "核对码密钥", "密钥文件在内容目录中，会随内容一起复制或公开；请移到内容目录以外");
            return Optional.empty();
        }
        try {
            return usable(Files.readString(file, StandardCharsets.UTF_8).strip(), file, "密钥文件", problems);
        } catch (IOException e) {
            problems.add(file, 1, "核对码密钥", "无法读取密钥文件（环境变量 " + FILE_VARIABLE + "）：" + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<CheckCodes> usable(String secret, Path where, String what, Problems problems) {
        if (secret.length() < MIN_LENGTH) {
            problems.add(where, 1, "核对码密钥", what + "中的密钥只有 " + secret.length() + " 个字符，至少需要 " + MIN_LENGTH + " 个");
            return Optional.empty();
        }
        return Optional.of(new CheckCodes(secret.getBytes(StandardCharsets.UTF_8), false));
    }
}
