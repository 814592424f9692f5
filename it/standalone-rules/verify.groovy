def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] house-words | substitution | warning | [PARAGRAPH, HEADING, QUOTE, LIST_ITEM] | style/house-words.yml | The desk\'s own spellings.')
assert log.contains('[INFO] short-headlines | metric | error | [HEADLINE] | style/short-headlines.yml | Headlines of at most eight words.')
assert log.contains("[INFO]   PASS style/house-words.yml:9: example of rule 'house-words' is flagged: \"The court gave its judgement on Monday.\"")
assert log.contains("[ERROR]   FAIL style/house-words.yml:11: example of rule 'house-words' should pass but is flagged: \"The judgement is final.\"")
assert log.contains("[INFO]   PASS style/short-headlines.yml:11: example of rule 'short-headlines' is flagged: \"Harbour council passes the budget after a long night of v...\"")
// The counts grow with the built-in pack; exactly one example fails.
assert log =~ /\[ERROR\] \d+ rules, \d+ examples: \d+ pass, 1 fail\./
assert log =~ /1 of \d+ rule examples fail\./
