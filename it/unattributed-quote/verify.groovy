def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it.startsWith('[ERROR] content/') }
assert findings == [
    '[ERROR] content/world/island-school.txt:4:1: [photo-credit] Caption without a photo credit: "Pupils walk to the rebuilt school ..."',
    '[ERROR] content/world/island-school.txt:11:71: [quote-attribution] Quote without attribution: “Nobody thought the children would be ...',
]
assert log.contains('[ERROR] You have 2 copydesk violations.')
assert log.contains('BUILD FAILURE')
