package io.github.copydesk.report;

import io.github.copydesk.text.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The HTML report's own style and script, and the content security policy that lets the browser
 * run exactly these and nothing else: no other script, no network, even if article text ever
 * slipped past the escaping.
 */
final class HtmlAssets {
    static final String STYLE = """
            body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:78rem;padding:1rem 1.5rem;color:#1d1d1f}
            h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .5rem}
            table{border-collapse:collapse;margin:.3rem 0}th,td{text-align:left;padding:.25rem .7rem;border-bottom:1px solid #ddd;vertical-align:top}
            .filters{position:sticky;top:0;background:#f4f4f6;padding:.5rem .8rem;border-radius:6px;display:flex;gap:1.5rem}
            .article{border-top:3px solid #444;margin-top:2rem}
            .finding{display:grid;grid-template-columns:minmax(0,3fr) minmax(14rem,2fr);gap:1rem;margin:.8rem 0;padding:.6rem;border:1px solid #ddd;border-radius:6px}
            .finding[hidden],.article[hidden]{display:none}
            .context{margin:0;font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap;overflow-wrap:anywhere;background:#fafafa;padding:.4rem}
            .line{display:block;padding-left:3.5em;text-indent:-3.5em}.line.hit{background:#fff4e5}
            .ln{display:inline-block;width:3.5em;text-indent:0;color:#888;user-select:none}
            mark{background:#ffb3b3;color:#000;outline:1px solid #d00}
            .sev-warning mark{background:#ffe08a;outline-color:#b80}.sev-info mark{background:#bde0ff;outline-color:#06c}
            .gap{color:#888}
            .severity{font-weight:600;text-transform:uppercase;font-size:.8rem;padding:.05rem .35rem;border-radius:3px;color:#fff;background:#c00}
            .severity.warning{background:#b26b00}.severity.info{background:#0566c4}
            .description{color:#444}.suggestion{font-style:italic}.note{color:#666}
            """;

    static final String SCRIPT = """
            (function () {
              var rule = document.getElementById('rule-filter');
              var severity = document.getElementById('severity-filter');
              function apply() {
                var findings = document.querySelectorAll('.finding');
                for (var i = 0; i < findings.length; i++) {
                  var finding = findings[i];
                  finding.hidden = (rule.value !== '' && finding.getAttribute('data-rule') !== rule.value)
                      || (severity.value !== '' && finding.getAttribute('data-severity') !== severity.value);
                }
                var articles = document.querySelectorAll('.article');
                for (var j = 0; j < articles.length; j++) {
                  articles[j].hidden = articles[j].querySelector('.finding:not([hidden])') === null;
                }
              }
              rule.addEventListener('change', apply);
              severity.addEventListener('change', apply);
            })();
            """;

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'none'; base-uri 'none';"
            + " form-action 'none'; style-src '" + sha256(STYLE) + "'; script-src '" + sha256(SCRIPT) + "'";

    private HtmlAssets() {
    }

    private static String sha256(String text) {
        return "sha256-" + Base64.getEncoder().encodeToString(Sha256.of(text.getBytes(StandardCharsets.UTF_8)));
    }
}
