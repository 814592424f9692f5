import groovy.json.JsonSlurper

def target = new File(basedir, 'target')
def json = { file -> new JsonSlurper().parse(file, 'UTF-8') }

// Every file format of the merge is the one run's, byte for byte. (No format writes a time.)
def formats = ['copydesk.json', 'copydesk.sarif', 'copydesk-checkstyle.xml', 'copydesk-junit.xml',
               'gl-code-quality-report.json', 'copydesk.html']
formats.each { name ->
    def whole = new File(target, "whole/$name")
    def merged = new File(target, "merged/$name")
    assert whole.isFile() && merged.isFile() : name
    assert whole.bytes == merged.bytes : "$name differs between the one run and the merge of its shards"
}

// The shards split the articles: each has some, none shares one, together they are the one run's.
def whole = json(new File(target, 'whole/copydesk.json'))
def shards = (1..3).collect { json(new File(target, "shards/$it/copydesk.json")) }
assert whole.shard == null
assert shards*.shard == ['1/3', '2/3', '3/3']
shards.each { assert !it.files.isEmpty() }
def shardFiles = shards.collectMany { it.files }
assert shardFiles.size() == shardFiles.toSet().size()
assert shardFiles.toSet() == whole.files.toSet()
assert whole.filesChecked == 17
// Each shard finds only its own articles' findings, plus the expired suppression every run reports.
shards.each { shard ->
    assert shard.findings.every { it.path in shard.files || it.path == 'copydesk-suppressions.yml' }
}
assert whole.findings.count { it.path == 'copydesk-suppressions.yml' } == 1
// What the shards accepted stays accepted: the baseline and the suppressions file.
assert whole.suppressed.count { it.suppression.kind == 'baseline' } == 3
assert whole.suppressed.any { it.suppression.kind == 'suppressionsFile' && it.path == 'content/world/river-dam.txt' }

// The console says what the one run said: findings, files checked, the verdict, what was accepted.
def log = new File(basedir, 'build.log').text
def sections = log.split(/(?m)^\[INFO\] --- copydesk:[^ ]+:(?=check|merge)/).drop(1)
assert sections.size() == 8
// What a goal logs before it names its report files, less its first line (the goal's name) and
// what only a shard or the merge says.
def said = { section ->
    section.readLines().drop(1).takeWhile { !it.startsWith('[INFO] copydesk report:') }
            .findAll { !(it ==~ /.*(copydesk merged the reports|copydesk: shard|unchanged since the last run).*/) }
}
def wholeSaid = said(sections[0])
def mergeSaid = said(sections[4])
assert wholeSaid.contains('[INFO] 17 files checked.')
assert wholeSaid.contains('[ERROR] You have 12 copydesk violations and 1 copydesk warning.')
assert wholeSaid.contains('[INFO] 3 findings are in the baseline.')
assert wholeSaid.contains('[INFO] content/culture/weaving-fair.md:4: [promo-link] fixed since the baseline: "See also: last year\'s fair"')
assert wholeSaid.count { it.contains('copydesk-suppressions.yml:4:3') } == 1
assert mergeSaid == wholeSaid
assert sections[4].contains('copydesk merged the reports of 3 shards')
assert sections[1].contains('copydesk: shard 1/3 checks ' + shards[0].files.size() + ' of 17 articles')

// The merge fails as the one run failed, with the same count.
def failures = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal') }
def verdict = { line -> line.replaceFirst(/.* on project shard-merge: /, '') }
assert failures.size() == 5
assert verdict(failures[0]) == verdict(failures[1])
assert verdict(failures[0]).startsWith('You have 12 copydesk violations')

// A missing shard, a report of another kind and a bad shard are errors that say what to do.
assert verdict(failures[2]).startsWith('shardReports: the report of shard 2/3 is missing')
assert verdict(failures[3]).startsWith('shardReports: target/shards/2/gl-code-quality-report.json is not a copydesk JSON report')
assert verdict(failures[4]).startsWith("shard: '4/3' is not a shard; write i/n")
assert !new File(target, 'incomplete').exists()
assert !new File(target, 'mixed').exists()
true
