import groovy.json.JsonSlurper

def buildLog = new File(basedir, 'build.log').text
// The properties file is excluded: only the three findings in Java remain, all warnings.
assert buildLog.contains('[INFO] authlint: 0 errors, 3 warnings in 1 file; report: target/authlint.json')
assert !buildLog.contains('application.properties')
def report = new JsonSlurper().parse(new File(basedir, 'target/authlint.json'))
assert report.findings.size() == 3
assert report.findings.every { it.path.endsWith('AssistantClients.java') }
assert !new File(basedir, 'target/authlint.sarif').exists()
