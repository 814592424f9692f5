def log = new File(basedir, 'build.log').text

// The dry run prints a unified diff, as a patch on standard output, and changes nothing; the
// real run makes the same fixes. The article has CRLF line ends, and so has each of its lines in
// the patch (build.log, read line by line, has lost them).
def mountainRoadHunk = '''--- a/content/world/mountain-road.txt
+++ b/content/world/mountain-road.txt
@@ -5,8 +5,6 @@
 \r
 The regional roads office on Saturday reopened the pass road after crews cleared three landslides.   \r
 \r
-Read more: Villages above the pass count the cost of the winter\r
-\r
 Drivers should expect short closures while crews finish the barriers, the office said.\r
 \r
 SOURCE:AA\r
'''
def mountainRoadInLog = mountainRoadHunk.replace('\r', '')
assert log.contains('\n' + mountainRoadInLog)
// With patchFile, the same patch goes to the file instead, and standard output has none of it:
// the mountain-road hunk is in the log once, from the first dry run.
assert log.contains('[INFO] The patch is in target/fix.patch.')
assert log.indexOf(mountainRoadInLog) == log.lastIndexOf(mountainRoadInLog)
File patch = new File(basedir, 'target/fix.patch')
String patchText = new String(patch.bytes, 'UTF-8')
assert patchText.startsWith('--- a/content/')
assert patchText.contains(mountainRoadHunk)
// The file with a byte-order mark and no line end after its last line.
assert patchText.contains('''-The fair runs until Sunday evening, the organisers said.
-
-\u27A1\uFE0F
\\ No newline at end of file
+The fair runs until Sunday evening, the organisers said.
\\ No newline at end of file
''')
// The articles are fixed now, so git takes the patch in reverse, and no longer forward.
if (gitRuns()) {
    assert git(['apply', '-R', '--check', 'target/fix.patch']) == 0
    assert git(['apply', '--check', 'target/fix.patch']) != 0
}
assert log.contains('-Harbour Daily - Island schools plan later start as ferries arrive')
assert log.contains('[INFO] copydesk would make 4 fixes in 3 files of 5 checked (dry run: nothing written).')
assert log.contains('[INFO] content/world/harbour-ferry.txt: 2 fixes')
assert log.contains('[INFO] content/world/mountain-road.txt: 1 fix')
assert log.contains('[INFO] content/culture/weaving-fair.md: 1 fix')
assert log.contains('[INFO] copydesk made 4 fixes in 3 files of 5 checked.')
// Fixing twice changes nothing the second time, and the check afterwards passes.
assert log.contains('[INFO] copydesk made 0 fixes in 0 files of 5 checked.')
assert log.contains('[INFO] You have 0 copydesk violations.')
assert log.contains('[INFO] 1 finding suppressed by copydesk comments or the suppressions file.')

// Byte for byte: line ends (CRLF), the byte-order mark, a missing last line end and the trailing
// blanks of a line that was not removed are all as they were; only the leftovers are gone.
['world/harbour-ferry.txt', 'world/mountain-road.txt', 'culture/weaving-fair.md', 'culture/tram-museum.md',
 'economy/grain-prices.txt'].each { name ->
    byte[] actual = new File(basedir, "content/$name").bytes
    byte[] expected = new File(basedir, "expected/$name").bytes
    assert actual == expected : "content/$name differs from expected/$name"
}
// No temporary file is left next to the articles.
def leftovers = []
new File(basedir, 'content').eachFileRecurse { if (it.name.endsWith('.tmp')) leftovers << it }
assert leftovers.isEmpty()


boolean gitRuns() {
    try {
        return ['git', '--version'].execute().waitFor() == 0
    } catch (IOException e) {
        return false
    }
}

/** git in the project's folder, as in a folder of no repository, with no user configuration. */
int git(List<String> arguments) {
    def builder = new ProcessBuilder(['git', '-c', 'core.autocrlf=false'] + arguments)
            .directory(basedir).redirectErrorStream(true)
    builder.environment().put('GIT_CEILING_DIRECTORIES', basedir.parentFile.absolutePath)
    builder.environment().put('GIT_CONFIG_NOSYSTEM', '1')
    builder.environment().put('GIT_CONFIG_GLOBAL', new File(basedir, 'target/no-gitconfig').absolutePath)
    def process = builder.start()
    println "git ${arguments.join(' ')}: ${process.inputStream.text}"
    return process.waitFor()
}
