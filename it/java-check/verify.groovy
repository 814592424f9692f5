import groovy.json.JsonSlurper

// One log holds both builds: the check jar's install, then the newsroom's check.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('BUILD FAILURE')

// The check from the plugin dependency ran under the newsroom's rule file, on the shouting headline only.
def json = new JsonSlurper().parse(new File(basedir, 'newsroom/target/copydesk/copydesk.json'), 'UTF-8')
def shouting = json.findings.findAll { it.rule == 'shouting-headline' }
assert shouting.size() == 1 : json.findings
assert shouting[0].path == 'content/local/ferry-strike.txt'
assert shouting[0].line == 3
assert shouting[0].message == 'Headline in capitals: write it in sentence case'
assert json.filesChecked == 2
assert log.contains('content/local/ferry-strike.txt:3:1: [shouting-headline] Headline in capitals')
return true
