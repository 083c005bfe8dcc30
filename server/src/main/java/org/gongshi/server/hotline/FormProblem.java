package org.gongshi.server.hotline;

/** One thing wrong with a form, named by its field, in words the person can act on. */
record FormProblem(String field, String message) {
}
