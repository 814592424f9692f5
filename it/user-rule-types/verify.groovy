def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// First build: copydesk:check over the articles, with one rule of each type and a when: rule.
def findings = lines.findAll { it ==~ /\[(ERROR|WARNING|INFO)\] content\/.*/ }
assert findings == [
    '[ERROR] content/politics/budget-vote.txt:2:1: [headline-length] Headline has 73 characters, more than the 60 allowed',
    '[ERROR] content/politics/budget-vote.txt:6:1: [politics-attribution] A Politics story says who said it (said, says, told, according to)',
    '[ERROR] content/politics/budget-vote.txt:8:47: [place-names] Use "Kyiv", not "Kiev"',
    '[ERROR] content/world/ferry-strike.md:2:9: [headline-length] Metadata value has 65 characters, more than the 60 allowed',
    '[WARNING] content/world/ferry-strike.md:10:15: [no-loaded-verbs] Loaded verb: "slammed"',
    '[INFO] content/world/ferry-strike.md:10:46: [spell-out-acronyms] Spell out "NATO" once, as in Full Name (NATO)',
    "[WARNING] content/world/ferry-strike.md:10:74: [one-exclamation] '!' appears 2 times, more than the 1 allowed",
    "[WARNING] content/world/ferry-strike.md:12:29: [one-spelling] \"e-mail\": 'e-mail' and 'email' (line 8) in one article; keep to \"email\"",
    '[ERROR] content/world/ferry-strike.md:12:58: [place-names] Use "website", not "web site"',
]
assert log.contains('[INFO] 4 files checked.')
assert log.contains('[ERROR] You have 5 copydesk violations and 4 copydesk warnings.')

// Second build: copydesk:rules lists the same rules and runs their examples.
def ruleLines = lines.findAll { it ==~ /\[INFO\] [a-z-]+ \| .*/ && it.contains('| style/') }
assert ruleLines == [
    '[INFO] headline-length | metric | error | [HEADLINE, metadata.title] | style/headline-length.yml | Headlines and titles fit the front page.',
    '[INFO] no-loaded-verbs | existence | warning | [PARAGRAPH, HEADING, QUOTE, LIST_ITEM] | style/no-loaded-verbs.yml | Verbs that take sides.',
    '[INFO] one-exclamation | occurrence | warning | [PARAGRAPH, HEADING, QUOTE, LIST_ITEM] | style/one-exclamation.yml | One exclamation mark in a story is already one too many.',
    '[INFO] one-spelling | consistency | warning | [PARAGRAPH, HEADING, QUOTE, LIST_ITEM] | style/one-spelling.yml | One spelling per article.',
    '[INFO] place-names | substitution | error | [PARAGRAPH, HEADING, QUOTE, LIST_ITEM] | style/place-names.yml | House spellings of places and things.',
    '[INFO] politics-attribution | occurrence | error | [PARAGRAPH, HEADING, QUOTE, LIST_ITEM] when section: [POLITICS] | style/politics-attribution.yml | Every Politics story says who said it.',
    '[INFO] spell-out-acronyms | conditional | info | [PARAGRAPH, HEADING, QUOTE, LIST_ITEM] | style/spell-out-acronyms.yml | An acronym is written out in full once, with the acronym in brackets.',
]
assert log.contains("[INFO]   PASS style/headline-length.yml:11: example of rule 'headline-length' is flagged: \"Council passes the harbour budget after a long night of v...\"")
assert log.contains("[INFO]   PASS style/place-names.yml:12: example of rule 'place-names' passes: \"Details are on the website.\"")
assert !log.contains('  FAIL ')
// The count grows with the built-in pack; every example passes.
assert log =~ /\[INFO\] \d+ rules, (\d+) examples: \1 pass, 0 fail\./
