// A newsroom repository as a pull request's checkout sees it: main holds both articles, one
// with an old promo leftover; the pull request's commit adds a leftover to the other.
def git = { String... args ->
    def command = ['git', '-c', 'user.name=Desk Editor', '-c', 'user.email=desk@example.org'] + (args as List)
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : "${command.join(' ')}: ${output}"
}
git('init', '-q')
git('add', 'pom.xml', 'content')
git('commit', '-q', '-m', 'Articles on main')
git('update-ref', 'refs/remotes/origin/main', 'HEAD')

def article = new File(basedir, 'content/world/mountain-pass.txt')
article.setText(article.getText('UTF-8').replace('SOURCE:AA',
        'Valley Courier - Villages plan a summer market at the top of the pass\n\n🔗\n\nSOURCE:AA'), 'UTF-8')
git('commit', '-q', '-a', '-m', 'Mountain pass: add the market')
return true
