def log = new File(basedir, 'build.log').text

// The dry run prints a unified diff, as a patch on standard output, and changes nothing; the
// real run makes the same fixes.
assert log.contains('''
--- a/content/world/mountain-road.txt
+++ b/content/world/mountain-road.txt
@@ -5,8 +5,6 @@
 
 The regional roads office on Saturday reopened the pass road after crews cleared three landslides.   
 
-Read more: Villages above the pass count the cost of the winter
-
 Drivers should expect short closures while crews finish the barriers, the office said.
 
 SOURCE:AA
''')
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
