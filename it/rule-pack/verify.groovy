import groovy.json.JsonSlurper

// One log holds both builds: the rule pack's install, then the newsroom's reactor.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('BUILD FAILURE')

// The sport module read the pack from the plugin's dependency and the parent project's rule folder.
def json = new JsonSlurper().parse(new File(basedir, 'newsroom/sport/target/copydesk/copydesk.json'), 'UTF-8')
def byRule = json.findings.groupBy { it.rule }
assert byRule['loaded-verbs']*.matched == ['slammed'] : json.findings
assert byRule['stadium-name']*.matched == ['Old Harbour Ground'] : json.findings
assert byRule['loaded-verbs'][0].path == 'content/derby.txt'
def origins = json.rules.collectEntries { [it.id, it.origin] }
assert origins['loaded-verbs'] == 'classpath:newsroom-pack/loaded-verbs.yml'
assert origins['stadium-name'] == '../house-style/stadium-name.yml'
return true
