package io.github.copydesk.article;

/** A file's decoded text, or the problem that kept it from being read. */
public record ArticleText(String text, InputProblem problem) {

    public static ArticleText of(String text) {
        return new ArticleText(text, null);
    }

    public static ArticleText unreadable(InputProblem problem) {
        return new ArticleText(null, problem);
    }

    public boolean isReadable() {
        return problem == null;
    }
}
