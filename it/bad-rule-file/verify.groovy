def log = new File(basedir, 'build.log').text
assert log.contains("style/teasers.yml:3:1: unknown key 'severty' (did you mean 'severity'?)")
assert log.contains("style/teasers.yml:1:1: missing required key 'severity'")
assert !log.contains('[ERROR] content/')
