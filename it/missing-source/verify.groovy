def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it.startsWith('[ERROR] content/') }
assert findings.size() == 1
assert findings[0].startsWith('[ERROR] content/world/harbour-ferry.txt:')
assert findings[0].contains('[source-line] ')
assert log.contains('[ERROR] You have 1 copydesk violation.')
