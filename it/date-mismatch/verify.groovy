def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def first = lines.findAll { it =~ /^\[(ERROR|WARNING|INFO)\] content\// }
// The first run: the dateline and the weekday are errors, 'yesterday' in wire copy is information.
// The second run, with date-consistency=warning, reports the same three findings as warnings.
assert first == [
    '[ERROR] content/world/valley-floods.txt:5:1: [date-consistency] The dateline says April 27, 2025 but the article is dated Monday, April 28, 2025',
    "[ERROR] content/world/valley-floods.txt:9:30: [date-consistency] 'Friday, April 26': Saturday, April 26, 2025 is a Saturday, not a Friday",
    "[INFO] content/world/valley-floods.txt:9:106: [date-consistency] 'yesterday' in wire copy: name the day, Sunday (the article is dated Monday, April 28, 2025)",
    '[WARNING] content/world/valley-floods.txt:5:1: [date-consistency] The dateline says April 27, 2025 but the article is dated Monday, April 28, 2025',
    "[WARNING] content/world/valley-floods.txt:9:30: [date-consistency] 'Friday, April 26': Saturday, April 26, 2025 is a Saturday, not a Friday",
    "[WARNING] content/world/valley-floods.txt:9:106: [date-consistency] 'yesterday' in wire copy: name the day, Sunday (the article is dated Monday, April 28, 2025)",
]
assert log.contains('[ERROR] You have 2 copydesk violations and 1 copydesk warning.')
assert log.contains('You have 0 copydesk violations and 3 copydesk warnings.')
