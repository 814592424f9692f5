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
    /**
     * The page's style. Narrower than 48rem (a phone), the page is one column: the filters stacked,
     * each finding's explanation under its lines, the rule table a block per rule.
     */
    static final String STYLE = """
            *,*::before,*::after{box-sizing:border-box}
            body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:78rem;padding:1rem 1.5rem;color:#1d1d1f;overflow-wrap:break-word}
            h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .5rem}
            header p{margin:.3rem 0}
            table{border-collapse:collapse;margin:.3rem 0}th,td{text-align:left;padding:.25rem .7rem;border-bottom:1px solid #ddd;vertical-align:top}
            tr:target{background:#fff4e5}td code{white-space:nowrap}
            .filters{position:sticky;top:0;z-index:1;background:#f4f4f6;padding:.5rem .8rem;border-radius:6px;display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;margin-top:.8rem}
            .filters input{width:20rem;max-width:100%;font:inherit}.filters select,.filters button{font:inherit}
            #shown{margin:0;color:#555}
            #articles details{border-top:1px solid #bbb;padding-top:.2rem;margin-top:.5rem}
            #articles details[open]{border-top:3px solid #444;margin-top:1.2rem}
            #articles details[hidden],.finding[hidden]{display:none}
            summary{cursor:pointer;padding:.4rem 0}
            summary h3{display:inline;font-size:1.15rem;margin:0}
            summary time{font-weight:400;color:#555;font-size:.95rem;white-space:nowrap}
            .about{display:block;padding-left:1.1rem;color:#555;font-size:.9rem}
            summary code{font-size:.9em;overflow-wrap:anywhere}
            .finding{display:grid;grid-template-columns:minmax(0,3fr) minmax(14rem,2fr);gap:1rem;margin:.8rem 0;padding:.6rem;border:1px solid #ddd;border-radius:6px}
            .finding p{margin:0 0 .4rem}
            .context,.finding pre{align-self:start;margin:0;font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap;overflow-wrap:anywhere;background:#fafafa;padding:.4rem}
            pre>span{display:block;padding-left:3.5em;text-indent:-3.5em}pre>.hit{background:#fff4e5}
            pre>span::before{content:attr(data-n);display:inline-block;width:3.5em;text-indent:0;color:#888}
            mark{background:#ffb3b3;color:#000;outline:1px solid #d00}
            .warning mark{background:#ffe08a;outline-color:#b80}.info mark{background:#bde0ff;outline-color:#06c}
            .gap,pre i{color:#888}
            .finding strong{font-weight:600;text-transform:uppercase;font-size:.8rem;padding:.05rem .35rem;border-radius:3px;color:#fff;background:#c00}
            .warning strong{background:#b26b00}.info strong{background:#0566c4}
            .finding a{font-family:ui-monospace,monospace;color:inherit}
            .suggestion{font-style:italic}.note{color:#666}
            @media (max-width:48rem){
            body{padding:.6rem .75rem}
            .filters{position:static;flex-direction:column;align-items:stretch;gap:.4rem}
            .filters label{display:flex;gap:.5rem;align-items:center}.filters input,.filters select{flex:1;width:auto;min-width:0}
            .finding{grid-template-columns:minmax(0,1fr);gap:.5rem;padding:.5rem}
            #by-rule table,#by-rule tbody,#by-rule tr,#by-rule td{display:block}
            #by-rule tr:first-child{display:none}
            #by-rule tr{border-bottom:1px solid #ddd;padding:.4rem 0}
            #by-rule td{border:0;padding:0}#by-rule td:nth-child(-n+3){display:inline;margin-right:.6rem}
            #by-rule td:nth-child(3)::after{content:" found"}
            pre>span{padding-left:2.6em;text-indent:-2.6em}pre>span::before{width:2.6em}
            }
            """;

    /**
     * Filters findings by rule, severity and the words in the search box, each of which must appear
     * in the finding's message or its article's heading (headline, date, path); shows the articles
     * left, opening them when they are few, and says how many findings are shown.
     */
    static final String SCRIPT = """
            (function () {
              var OPEN_UP_TO = %d;
              var search = document.getElementById('search');
              var rule = document.getElementById('rule-filter');
              var severity = document.getElementById('severity-filter');
              var shown = document.getElementById('shown');
              var articles = document.querySelectorAll('#articles details');
              var totalText = shown.textContent;
              var index = null;
              function lower(element) {
                return element === null ? '' : element.textContent.toLowerCase();
              }
              function build() {
                index = [];
                for (var i = 0; i < articles.length; i++) {
                  var article = articles[i];
                  var findings = article.querySelectorAll('.finding');
                  var entry = {element: article, text: lower(article.querySelector('h3')) + ' '
                      + lower(article.querySelector('.about code')), findings: []};
                  for (var j = 0; j < findings.length; j++) {
                    entry.findings.push({element: findings[j], rule: findings[j].querySelector('a').textContent,
                        severity: findings[j].querySelector('strong').textContent,
                        text: lower(findings[j].querySelector('.message'))});
                  }
                  index.push(entry);
                }
              }
              function matches(terms, article, finding) {
                for (var i = 0; i < terms.length; i++) {
                  if (article.text.indexOf(terms[i]) < 0 && finding.text.indexOf(terms[i]) < 0) {
                    return false;
                  }
                }
                return true;
              }
              function apply() {
                if (index === null) {
                  build();
                }
                var terms = search.value.toLowerCase().split(/\\s+/).filter(function (term) { return term !== ''; });
                var findingsShown = 0;
                var articlesShown = [];
                var findingsTotal = 0;
                for (var i = 0; i < index.length; i++) {
                  var article = index[i];
                  var visible = 0;
                  for (var j = 0; j < article.findings.length; j++) {
                    var finding = article.findings[j];
                    var show = (rule.value === '' || finding.rule === rule.value)
                        && (severity.value === '' || finding.severity === severity.value)
                        && matches(terms, article, finding);
                    finding.element.hidden = !show;
                    visible += show ? 1 : 0;
                  }
                  findingsTotal += article.findings.length;
                  article.element.hidden = visible === 0;
                  findingsShown += visible;
                  if (visible > 0) {
                    articlesShown.push(article.element);
                  }
                }
                var filtered = terms.length > 0 || rule.value !== '' || severity.value !== '';
                if (filtered && articlesShown.length <= OPEN_UP_TO) {
                  for (var k = 0; k < articlesShown.length; k++) {
                    articlesShown[k].open = true;
                  }
                }
                shown.textContent = filtered ? 'Showing ' + findingsShown + ' of ' + findingsTotal + ' findings, in '
                    + articlesShown.length + ' of ' + index.length + ' articles' : totalText;
              }
              var pending = null;
              search.addEventListener('input', function () {
                clearTimeout(pending);
                pending = setTimeout(apply, 150);
              });
              rule.addEventListener('change', apply);
              severity.addEventListener('change', apply);
              function openAll(open) {
                for (var i = 0; i < articles.length; i++) {
                  articles[i].open = open;
                }
              }
              document.getElementById('open-all').addEventListener('click', function () { openAll(true); });
              document.getElementById('fold-all').addEventListener('click', function () { openAll(false); });
            })();
            """.formatted(HtmlReportWriter.OPEN_UP_TO);

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'none'; base-uri 'none';"
            + " form-action 'none'; style-src '" + sha256(STYLE) + "'; script-src '" + sha256(SCRIPT) + "'";

    private HtmlAssets() {
    }

    private static String sha256(String text) {
        return "sha256-" + Base64.getEncoder().encodeToString(Sha256.of(text.getBytes(StandardCharsets.UTF_8)));
    }
}
