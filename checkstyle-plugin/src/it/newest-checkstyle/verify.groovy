// The same findings as on the old Checkstyle, from the newest one running on Java 21+.
def log = new File(basedir, 'build.log').text
assert log =~ /Java version: (2[1-9]|[3-9]\d)/
assert log =~ /Assistant\.java:\[9,48\] \(extension\) HardcodedApiKey: The literal "team…" \(17 chars\)/
assert log =~ /application\.properties:\[2,26\] \(extension\) HardcodedApiKey: The value of spring\.ai\.openai\.api-key/
assert log.contains("There are 2 errors reported by Checkstyle ${newestCheckstyle} ")
assert log.contains('You have 2 Checkstyle violations.')
assert log.contains('BUILD FAILURE')
assert log.count('The literal "team…" (17 chars) is passed as the API key') == 1
return true
