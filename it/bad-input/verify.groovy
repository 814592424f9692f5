def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it.startsWith('[ERROR] content/') }
// Each bad file is reported where it went wrong; the good files are still checked.
assert findings.any { it.startsWith('[ERROR] content/photo-left-in-content.txt:3:1: [copydesk-input] Binary file') }
assert findings.any { it.startsWith('[ERROR] content/latin1.txt:4:6: [copydesk-input] Not valid UTF-8') }
assert findings.any { it.startsWith('[ERROR] content/broken-front-matter.md:') && it.contains('[copydesk-input] Broken front matter') }
assert findings.any { it.startsWith('[ERROR] content/harbour-ferry.txt:13:1: [promo-link]') }
assert !findings.any { it.startsWith('[ERROR] content/clean.txt') }
assert log.contains('[INFO] 5 files checked.')
