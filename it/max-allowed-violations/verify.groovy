def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it.startsWith('[ERROR] content/') }
assert findings.size() == 2
assert findings.every { it.startsWith('[ERROR] content/harbour-ferry.txt:13:1: [promo-link] Leftover promo block') }
assert log.contains('BUILD SUCCESS')
assert log.contains('BUILD FAILURE')
