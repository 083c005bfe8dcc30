package org.gongshi.server.hotline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Attributes;
import org.gongshi.server.FormProblem;

/**
 * Any body POSTed to /hotline gives the complaint form back, as typed, with every problem named by its
 * field and told in Chinese: no body, however broken, may end in an exception (a 500 for the sender).
 * Seeds: {@code ComplaintFormFuzzTestInputs/}.
 */
class ComplaintFormFuzzTest {

    private static final Set<String> FIELDS = Set.of("project", "kind", "description", "phone", ComplaintForm.HONEYPOT);
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @FuzzTest
    void anyBodyGivesTheFormBackOrItsProblems(byte[] body) {
        ComplaintForm.Posted posted = ComplaintForm.read(Content.Source.from(ByteBuffer.wrap(body)),
                new Attributes.Mapped(), StandardCharsets.UTF_8);

        for (FormProblem problem : posted.problems()) {
            assertTrue(FIELDS.contains(problem.field()), () -> "a problem with no field of the form: " + problem);
            assertTrue(CHINESE.matcher(problem.message()).find(), () -> "not a message in Chinese: " + problem);
        }
        if (posted.problems().isEmpty()) {
            assertTrue(posted.form().complaintKind().isPresent(), () -> "filed without a kind: " + posted);
            assertFalse(posted.form().description().isBlank(), () -> "filed without a description: " + posted);
        }
    }
}
