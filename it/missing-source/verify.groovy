def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it.startsWith('[ERROR] content/') }
// The first run reports the missing source; the second, with both rules off, reports nothing.
assert findings == ["[ERROR] content/world/harbour-ferry.txt:15:1: [source-line] No source credited: end the article with a source line such as 'SOURCE: AA'"]
assert log.contains('[ERROR] You have 1 copydesk violation.')
assert log.contains('[INFO] You have 0 copydesk violations.')
