def buildLog = new File(basedir, 'build.log').text
def expectFindings = evaluate(new File(itSources, 'expected-findings.groovy'))
def count = expectFindings(buildLog, 'insecure-app')
assert buildLog =~ /\[WARNING\] authlint: 0 errors, $count warnings in \d+ files; report: target\/authlint\.sarif/
assert buildLog.contains('BUILD SUCCESS')
