def buildLog = new File(basedir, 'build.log').text
def findings = buildLog.readLines().findAll { it =~ /^\[WARNING\] \S+:\[\d+,\d+\] HardcodedApiKey: / }.sort()
// One finding per module, each logged once, with its path from the root of the build.
assert findings.size() == 2 : findings
assert findings[0].startsWith('[WARNING] service-a/src/main/java/dev/authlint/it/a/Assistant.java:[8,48] HardcodedApiKey: ')
assert findings[1].startsWith('[WARNING] service-b/src/main/resources/application.properties:[1,29] HardcodedApiKey: ')
assert buildLog.contains('[INFO] authlint: no source or resource folders in multi-module')
assert buildLog.count('[WARNING] authlint: 0 errors, 1 warning in 2 files; report: service-a/target/authlint.sarif') == 1
assert buildLog.count('[WARNING] authlint: 0 errors, 1 warning in 2 files; report: service-b/target/authlint.sarif') == 1
assert new File(basedir, 'service-a/target/authlint.sarif').text.contains('service-a/src/main/java/dev/authlint/it/a/Assistant.java')
assert !new File(basedir, 'target/authlint.sarif').exists()
assert !buildLog.contains('not marked as thread-safe')
