package org.gongshi.server;

/** One thing wrong with a form, named by its field, in words the person can act on. */
public record FormProblem(String field, String message) {
}
