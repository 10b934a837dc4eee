import groovy.json.JsonSlurper

def buildLog = new File(basedir, 'build.log').text
def baseline = new JsonSlurper().parse(new File(basedir, 'authlint-baseline.json'))
assert baseline.findings.size() == 4
assert baseline.findings.every { it.ruleId == 'HardcodedApiKey' && it.fingerprint }
assert buildLog.contains('[INFO] authlint: 0 errors, 0 warnings in 2 files; report: target/authlint.sarif')
assert !buildLog.contains('BUILD FAILURE')
