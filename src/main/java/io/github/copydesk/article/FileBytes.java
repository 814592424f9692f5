package io.github.copydesk.article;

/** A file's bytes as read, not yet decoded, or the problem that kept them from being read. */
public record FileBytes(byte[] bytes, InputProblem problem) {

    public static FileBytes of(byte[] bytes) {
        return new FileBytes(bytes, null);
    }

    public static FileBytes unreadable(InputProblem problem) {
        return new FileBytes(null, problem);
    }

    public boolean isReadable() {
        return problem == null;
    }
}
