import groovy.json.JsonSlurper
import javax.xml.parsers.DocumentBuilderFactory

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def reports = new File(basedir, 'target/copydesk')

// Every file format is written, even though the build failed, and parses.
def json = new JsonSlurper().parse(new File(reports, 'copydesk.json'), 'UTF-8')
def sarif = new JsonSlurper().parse(new File(reports, 'copydesk.sarif'), 'UTF-8')
def xml = { name -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(reports, name)).documentElement }
def checkstyle = xml('copydesk-checkstyle.xml')
def junit = xml('copydesk-junit.xml')
def elements = { root, tag -> def nodes = root.getElementsByTagName(tag); (0..<nodes.length).collect { nodes.item(it) } }
def html = new File(reports, 'copydesk.html').getText('UTF-8')

// The JSON agrees finding for finding with the console.
def console = log.readLines().findAll { it ==~ /\[(ERROR|WARNING|INFO)\] content\/.*/ }
        .collect { it.replaceFirst(/^\[\w+\] /, '') }
def fromJson = json.findings.collect { "${it.path}:${it.line}:${it.column}: [${it.rule}] ${it.message}".toString() }
// The tram depot's raw <img> is a photo without a credit as well as a leftover line's text.
assert console.size() == 3
assert fromJson == console
assert json.filesChecked == 2
assert json.summary == [error: 3, warning: 0, info: 0]

def promo = json.findings.find { it.path == 'content/world/harbour-ferry.txt' }
assert [promo.line, promo.column, promo.endLine, promo.endColumn] == [13, 1, 17, 2]
def readMore = json.findings.find { it.path == 'content/culture/tram-depot.md' && it.rule == 'promo-link' }
def photo = json.findings.find { it.rule == 'photo-credit' }
assert [photo.path, photo.line, photo.column] == ['content/culture/tram-depot.md', 11, 42]
assert readMore.rule == 'promo-link'
assert [readMore.line, readMore.column, readMore.endLine, readMore.endColumn] == [11, 1, 11, 89]

assert checkstyle.tagName == 'checkstyle'
assert elements(checkstyle, 'file').size() == 2
assert elements(checkstyle, 'error').collect { it.getAttribute('source') } == ['copydesk.promo-link', 'copydesk.photo-credit', 'copydesk.promo-link']

def suite = elements(junit, 'testsuite')[0]
assert suite.getAttribute('tests') == '2'
assert suite.getAttribute('failures') == '2'
assert elements(suite, 'testcase').collect { it.getAttribute('name') } == ['content/culture/tram-depot.md', 'content/world/harbour-ferry.txt']
assert !junit.hasAttribute('skipped')
assert elements(suite, 'testcase').collect { elements(it, 'failure').size() } == [1, 1]
assert elements(suite, 'failure').collect { it.textContent } == ['11:1 error [promo-link] ' + readMore.message + '\n11:42 error [photo-credit] ' + photo.message + '\n', '13:1 error [promo-link] ' + promo.message + '\n']

assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'copydesk'
assert run.results.size() == 3
def promoResult = run.results.find { it.locations[0].physicalLocation.artifactLocation.uri == 'content/world/harbour-ferry.txt' }
assert promoResult.ruleId == 'promo-link'
assert run.tool.driver.rules[promoResult.ruleIndex].id == 'promo-link'
assert promoResult.locations[0].physicalLocation.region == [startLine: 13, startColumn: 1, endLine: 17, endColumn: 2, snippet: promoResult.locations[0].physicalLocation.region.snippet]
assert promoResult.partialFingerprints['copydeskMatchedText/v1'] ==~ /[0-9a-f]{32}/

// GitLab's Code Quality report: one issue per finding, fingerprinted as SARIF fingerprints it.
def codequality = new JsonSlurper().parse(new File(reports, 'gl-code-quality-report.json'), 'UTF-8')
assert codequality.size() == 3
def promoIssue = codequality.find { it.location.path == 'content/world/harbour-ferry.txt' }
assert promoIssue.check_name == 'promo-link'
assert promoIssue.severity == 'major'
assert promoIssue.description == promo.message
assert promoIssue.location.lines.begin == 13
assert promoIssue.fingerprint == promoResult.partialFingerprints['copydeskMatchedText/v1']

// GitHub's workflow commands reach standard output without Maven's level prefix.
assert log.readLines().contains('::error file=content/world/harbour-ferry.txt,line=13,col=1,endLine=17,endColumn=2,title=copydesk [promo-link]::' + promo.message)

// In a GitHub Actions step the job summary gets the totals and the findings of each article.
def summary = new File(basedir, 'target/step-summary.md').getText('UTF-8')
assert summary.startsWith('## copydesk\n\n2 articles checked, 2 with findings: **3 violations**')
assert summary.contains('| promo-link | 2 | 0 | 0 | 2 |')
assert summary.contains('**content/world/harbour-ferry.txt**: 1 finding')

// The page shows the lines of the findings, escaped, with one script: its own.
assert html.count('<script>') == 1
assert !html.contains('<img')
assert html.contains('&lt;/textarea&gt;<mark>&lt;img src=x onerror=alert(2)&gt;</mark>')
assert html.contains('<mark>Harbour Daily - Island schools plan later start as ferries arrive</mark>')
