import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')

// Only the article the pull request changed is checked: the leftover already on main is not reported.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/copydesk/copydesk.sarif'), 'UTF-8')
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'promo-link'
assert results[0].locations[0].physicalLocation.artifactLocation.uri == 'content/world/mountain-pass.txt'
assert log.readLines().any { it.startsWith('::error file=content/world/mountain-pass.txt,') }
assert !log.contains('river-dam.txt:')

// The files the workflow uploads and caches are there.
assert new File(basedir, 'target/copydesk/copydesk.html').length() > 0
assert new File(basedir, 'target/copydesk-cache').exists()

def summary = new File(basedir, 'target/step-summary.md').getText('UTF-8')
assert summary.startsWith('## copydesk\n\n1 article checked, 1 with findings: **1 violation**')
