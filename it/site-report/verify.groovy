def site = new File(basedir, 'target/site')
def page = new File(site, 'copydesk.html')
assert page.isFile() : "no copydesk page in ${site.list()}"
def html = page.getText('UTF-8')
assert html.contains('content/world/harbour-ferry.txt')
assert html.contains('promo-link')
assert !html.contains('content/world/library-hours.txt')

// The site lists the page among the project's reports.
def reports = new File(site, 'project-reports.html').getText('UTF-8')
assert reports.contains('href="copydesk.html"')
assert reports.contains('Editorial findings in the articles')
return true
