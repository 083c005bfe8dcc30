package org.gongshi.generator.sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gongshi.generator.model.ConstructionArea;
import org.junit.jupiter.api.Test;

class ProjectKindsTest {

    @Test
    void everyKindsSubTypeBelongsToItsArea() {
        for (ProjectKinds.Kind kind : ProjectKinds.ALL) {
            assertTrue(kind.area().subTypes().contains(kind.subType()), kind.thing());
        }
    }

    @Test
    void everySubTypeOfEveryAreaHasAtLeastTwoKinds() {
        for (ConstructionArea area : ConstructionArea.values()) {
            for (String subType : area.subTypes()) {
                long kinds = ProjectKinds.ALL.stream().filter(k -> k.area() == area && k.subType().equals(subType)).count();
                assertTrue(kinds >= 2, area.label() + "/" + subType + " has " + kinds);
            }
        }
    }
}
