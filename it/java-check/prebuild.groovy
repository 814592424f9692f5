// The example module itself, copied from examples/java-check and built against this copydesk, which
// the newsroom's pom names too.
def root = basedir.parentFile.parentFile.parentFile
def example = new File(root, 'examples/java-check')
assert example.isDirectory() : "no ${example}"
def target = new File(basedir, 'newsroom-checks')
example.eachFileRecurse { file ->
    def relative = example.toPath().relativize(file.toPath()).toString()
    if (file.isFile() && !relative.startsWith('target')) {
        def copy = new File(target, relative)
        copy.parentFile.mkdirs()
        copy.bytes = file.bytes
    }
}
def version = (new File(basedir, 'pom.xml').text =~ /<copydesk.version>([^<]+)</)[0][1]
def pom = new File(target, 'pom.xml')
pom.text = pom.text.replaceFirst(/<copydesk.version>[^<]+</, "<copydesk.version>${version}<")
def newsroom = new File(basedir, 'newsroom/pom.xml')
newsroom.text = newsroom.text.replace('COPYDESK_VERSION', version)
return true
