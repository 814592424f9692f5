def log = new File(basedir, 'build.log').text
def lines = log.readLines().collect { it.replaceFirst(/^\[(INFO|WARNING)\] /, '') }
// The leftover block is found where the truth says; the row on the clean article's last line is missed.
assert lines.contains('missed: desk/ferry-fares.txt:5: [promo-link]')
assert !lines.any { it.startsWith('wrong:') && it.contains('[promo-link]') }
assert lines.contains('2 files checked, 2 truth rows.')
def promo = lines.find { it.startsWith('promo-link ') }
assert promo != null && promo.split(/\s+/) as List == ['promo-link', '1', '1', '0', '0', '1', '1.00', '0.50']
assert log.contains('BUILD SUCCESS')
