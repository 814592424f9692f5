def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it.startsWith('[ERROR] content/') }
// A suppression without a reason suppresses nothing and is a finding itself; one naming an unknown
// rule is one too, with the nearest rule id; one with a reason keeps its finding off the console.
assert findings == [
    "[ERROR] content/culture/tram-museum.md:14:1: [copydesk-suppression] copydesk-disable names unknown rule 'source-lines' (did you mean 'source-line'?)",
    "[ERROR] content/culture/weaving-fair.md:9:1: [copydesk-suppression] copydesk-disable-next-line promo-link has no reason: add one after ' -- ' to say why the finding may stay",
    '[ERROR] content/culture/weaving-fair.md:10:1: [promo-link] Leftover link marker: "👉"',
]
assert log.contains('[ERROR] You have 3 copydesk violations.')
assert log.contains('[INFO] 1 finding suppressed by copydesk comments or the suppressions file.')
