def log = new File(basedir, 'build.log').text
def wire = new File(basedir, 'wire').canonicalPath
def wrie = new File(basedir, 'wrie').canonicalPath

assert log.contains("articleDirectories: ${wrie} does not exist (did you mean ${wire}?)")
assert log.contains('[INFO] 1 file checked.')
assert log.contains('threads: -3 is not a thread count; use 0 (one per processor core) or a number from 1 to 2147483647')
assert log.contains('copydesk found no articles to check: no file in [') && log.contains('matches [**/*.rtf] (set failOnNoFiles=false to allow this)')
assert !log.contains('NullPointerException')
