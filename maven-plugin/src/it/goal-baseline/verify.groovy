import groovy.json.JsonSlurper

def buildLog = new File(basedir, 'build.log').text
def baseline = new JsonSlurper().parse(new File(basedir, 'authlint-baseline.json'))
assert baseline.findings.size() == 4
assert baseline.findings.every { it.ruleId == 'HardcodedApiKey' && it.fingerprint }
assert buildLog =~ /\[INFO\] authlint: recorded 4 findings in .*authlint-baseline\.json as accepted; 0 errors, 0 warnings in \d+ files; report: target\/authlint\.sarif/
assert buildLog =~ /\[INFO\] authlint: 0 errors, 0 warnings in \d+ files; report: target\/authlint\.sarif/
assert !buildLog.contains('BUILD FAILURE')
