def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] 2 files checked.')
assert log.contains('[INFO] You have 0 copydesk violations.')
assert !log.contains('[ERROR] content/')
assert !log.contains('[WARNING] content/')
