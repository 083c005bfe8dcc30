package org.gongshi.generator.incremental;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.gongshi.generator.load.LoadedContent;
import org.gongshi.generator.load.LoadedProject;
import org.gongshi.generator.model.LifecycleEvent;
import org.gongshi.generator.model.Project;

/**
 * Full or incremental, and why. An incremental build re-renders the pages of the projects whose folders changed and
 * of those whose pages name one of them (a withdrawn project's tombstone and signboard name its successor), and every
 * page that lists or counts projects; it keeps every other project's pages and the authored pages as published.
 *
 * @param rendered the codes whose own pages are rendered again; empty for a full build
 * @param changed  the codes whose folders were added, changed or removed
 */
public record Plan(Optional<Set<String>> rendered, Set<String> changed, String reason) {

    public Plan {
        rendered = rendered.map(Set::copyOf);
        changed = Set.copyOf(changed);
    }

    public boolean incremental() {
        return rendered.isPresent();
    }

    public static Plan full(String reason) {
        return new Plan(Optional.empty(), Set.of(), reason);
    }

    /**
     * @param publishedIndex the build named by the published search index's last commit
     * @param content        this build's records, to find those naming a changed project
     */
    public static Plan of(Optional<BuildState> previous, Inputs now, Optional<String> publishedIndex, LoadedContent content) {
        if (previous.isEmpty()) {
            return full("没有上次生成的记录");
        }
        BuildState before = previous.get();
        if (!publishedIndex.equals(Optional.of(before.build()))) {
            return full("已发布的检索索引不是上次生成的");
        }
        if (!before.shared().equals(now.shared())) {
            return full("门户设置、典型案例、文章页面、举报台账、模板、程序、日期或核对码密钥有变化");
        }
        Set<String> changed = new TreeSet<>();
        now.projects().forEach((code, inputs) -> {
            if (!before.project(code).map(ProjectInputs::sha256).equals(Optional.of(inputs.sha256()))) {
                changed.add(code);
            }
        });
        before.projects().keySet().stream().filter(code -> !now.projects().containsKey(code)).forEach(changed::add);
        Set<String> rendered = new HashSet<>(changed);
        for (LoadedProject loaded : content.projects()) {
            Project p = loaded.record().project();
            if (p.lifecycle().stream().map(LifecycleEvent::successor).anyMatch(changed::contains)) {
                rendered.add(p.code());
            }
        }
        return new Plan(Optional.of(rendered), changed, "增量生成：" + changed.size() + " 个项目有改动，重新生成 "
                + rendered.size() + " 个项目的页面和所有清单、统计页面");
    }
}
