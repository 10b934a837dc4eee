def buildLog = new File(basedir, 'build.log').text
assert buildLog.contains("Apache Maven $mavenVersion")
def expectFindings = evaluate(new File(itSources, 'expected-findings.groovy'))
def count = expectFindings(buildLog, 'insecure-app')
assert buildLog.contains('Rule 0: dev.authlint.maven.enforcer.AuthlintRule(authlint) failed with message:')
assert buildLog =~ /authlint: 0 errors, $count warnings in \d+ files/
assert !new File(basedir, 'target/authlint.sarif').exists()
