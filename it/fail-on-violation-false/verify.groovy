def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] content/harbour-ferry.txt:13:1: [promo-link] Leftover promo block')
assert log.contains('[ERROR] You have 1 copydesk violation.')
assert log.contains('BUILD SUCCESS')
