def buildLog = new File(basedir, 'build.log').text
def expectFindings = evaluate(new File(itSources, 'expected-findings.groovy'))
def count = expectFindings(buildLog, 'insecure-app')
assert buildLog.contains('[WARNING] Rule 0: dev.authlint.maven.enforcer.AuthlintRule(authlint) warned with message:')
assert buildLog =~ /authlint: 0 errors, $count warnings in \d+ files/
assert buildLog.contains('BUILD SUCCESS')
