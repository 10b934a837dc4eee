import groovy.json.JsonSlurper

def buildLog = new File(basedir, 'build.log').text
assert buildLog.contains("Apache Maven $mavenVersion")
def expectFindings = evaluate(new File(itSources, 'expected-findings.groovy'))
def count = expectFindings(buildLog, 'insecure-app')

assert buildLog.contains('[ERROR] Failed to execute goal dev.authlint:authlint-maven-plugin:')
assert buildLog =~ /authlint: 0 errors, $count warnings in \d+ files; report: target\/authlint\.sarif/

def sarif = new JsonSlurper().parse(new File(basedir, 'target/authlint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'authlint'
assert sarif.runs[0].results.size() == count
assert sarif.runs[0].results.every { it.ruleId == 'HardcodedApiKey' && it.partialFingerprints }
