import java.util.zip.ZipFile

// The installed pom names the libraries: the project's dependency tree lists each of them.
def tree = new File(basedir, 'tree.txt').text
['org.jsoup:jsoup', 'org.commonmark:commonmark', 'org.snakeyaml:snakeyaml-engine', 'com.google.re2j:re2j',
 'com.fasterxml.jackson.core:jackson-core', 'com.fasterxml.jackson.core:jackson-databind',
 'org.apache.commons:commons-text', 'org.apache.commons:commons-lang3'].each { library ->
    assert tree.contains(library + ':jar:'): "the dependency tree does not list ${library}:\n${tree}"
}

// The jar holds copydesk's own classes and resources, none of a library's.
def version = (new File(basedir, 'pom.xml').text =~ /<artifactId>copydesk-maven-plugin<\/artifactId>\s*<version>([^<]+)<\/version>/)[0][1]
def jar = new File(localRepositoryPath, "io/github/copydesk/copydesk-maven-plugin/${version}/copydesk-maven-plugin-${version}.jar")
assert jar.isFile(): "no plugin jar at ${jar}"
// Its META-INF holds the manifest, the plugin's own descriptors and its m2e mapping, no library's pom or licence.
def ours = ['io/github/copydesk/', 'copydesk/rules/', 'META-INF/maven/io.github.copydesk/copydesk-maven-plugin/']
def folders = ['io/', 'io/github/', 'copydesk/', 'META-INF/', 'META-INF/maven/', 'META-INF/maven/io.github.copydesk/', 'META-INF/m2e/']
def foreign = new ZipFile(jar).withCloseable { zip ->
    zip.entries().collect { it.name }.findAll { name ->
        !(ours.any { name.startsWith(it) } || name in folders || name in ['META-INF/MANIFEST.MF', 'META-INF/maven/plugin.xml', 'META-INF/m2e/lifecycle-mapping-metadata.xml'])
    }
}
assert foreign.isEmpty(): "entries in the plugin jar that are not copydesk's: ${foreign}"
