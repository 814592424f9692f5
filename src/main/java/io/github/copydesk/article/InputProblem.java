package io.github.copydesk.article;

/**
 * Something wrong with a file as input (bad bytes, broken front matter ...), at the 1-based line
 * and column where it went wrong. It is reported as a finding, never thrown at the engine.
 */
public record InputProblem(String message, int line, int column) {
}
