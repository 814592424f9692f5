package io.github.copydesk.engine;

/** Run in a JVM of its own by {@link QuickCompilationTest}: applies the directives, prints what happened. */
public final class QuickCompilationProbe {
    private QuickCompilationProbe() {
    }

    public static void main(String[] args) throws Exception {
        QuickCompilation.apply(new LintListener() {
            @Override
            public void debug(String message) {
                System.out.println("debug: " + message);
            }
        });
        System.out.println(QuickCompilation.printedDirectives());
    }
}
