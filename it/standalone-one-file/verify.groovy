def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it ==~ /\[(ERROR|WARNING|INFO)\] wire\/.*/ }
assert findings == ['[ERROR] wire/harbour-ferry.txt:13:1: [promo-link] Leftover promo block: "Harbour Daily - Island schools plan ..."']
assert log.contains('[ERROR] You have 1 copydesk violation.')
