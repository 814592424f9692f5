import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// Defaults: the articles and the report folder are in the working directory.
assert !new File(basedir, '${project.basedir}').exists()
def byDefault = new JsonSlurper().parse(new File(basedir, 'target/copydesk/copydesk.json'), 'UTF-8')
assert byDefault.filesChecked == 2
assert byDefault.findings.collect { it.rule } == ['promo-link']

// Set on the command line, relative paths are the working directory's too.
def configured = new JsonSlurper().parse(new File(basedir, 'reports/copydesk.json'), 'UTF-8')
assert configured.filesChecked == 2
assert configured.findings.collect { it.path + ' ' + it.rule } == ['wire/clean.txt house-words', 'wire/harbour-ferry.txt house-words']
assert configured.suppressed.collect { it.suppression.kind } == ['suppressionsFile']
assert new File(basedir, 'cache/copydesk-cache').isFile()
assert new File(basedir, 'accepted/baseline.json').isFile()
assert log.contains('copydesk wrote accepted/baseline.json: 1 finding in 1 file checked.')
