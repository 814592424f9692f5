def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it.startsWith('[ERROR] content/') }
assert findings == ['[ERROR] content/world/night-ferries.html:21:6: [promo-link] Leftover promo block: "Harbour Daily – Island schools plan ..."']
assert log.contains('[ERROR] You have 1 copydesk violation.')
assert log.contains('BUILD FAILURE')
