def log = new File(basedir, 'build.log').text
def baseline = new File(basedir, 'copydesk-baseline.json').text

// One entry per finding of the adopted archive: the promo block and a lone marker, and a phrase line.
assert baseline.count('"fingerprint"') == 3
assert baseline.contains('"path" : "content/world/harbour-ferry.txt"')
assert baseline.contains('"path" : "content/world/mountain-road.txt"')
assert log.contains('[INFO] copydesk wrote copydesk-baseline.json: 3 findings in 2 files checked.')

// The check after adoption passes with all three in the baseline.
assert log.contains('[INFO] 3 findings are in the baseline.')
assert log.contains('[INFO] You have 0 copydesk violations.')

// After the edit, only the new marker is reported, though the old findings moved two lines down.
def findings = log.readLines().findAll { it.startsWith('[ERROR] content/') }
assert findings == ['[ERROR] content/world/harbour-ferry.txt:22:1: [promo-link] Leftover link marker: "➡️"']
assert log.contains('[ERROR] You have 1 copydesk violation.')
assert log.count('[INFO] 3 findings are in the baseline.') == 2
