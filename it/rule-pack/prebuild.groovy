def version = (new File(basedir, 'pom.xml').text =~ /<copydesk.version>([^<]+)</)[0][1]
def newsroom = new File(basedir, 'newsroom/pom.xml')
newsroom.text = newsroom.text.replace('COPYDESK_VERSION', version)
return true
