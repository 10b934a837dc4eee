// The build must fail on exactly the two unsuppressed literals, reported in Checkstyle's console format.
def log = new File(basedir, 'build.log').text
def java = 'src/main/java/com/example/Assistant.java'.replace('/', File.separator)
def props = 'src/main/resources/application.properties'.replace('/', File.separator)

assert log.contains("${java}:[9,48] (extension) HardcodedApiKey: The literal \"team…\" (17 chars) is passed as the API key")
assert log.contains("${props}:[2,26] (extension) HardcodedApiKey: The value of spring.ai.openai.api-key is a literal key")
assert log.contains('There are 2 errors reported by Checkstyle 10.')
assert log.contains('You have 2 Checkstyle violations.')
assert log.contains('BUILD FAILURE')
// Each violation is printed once: by the check goal, in the form above. (consoleOutput=true would
// add Checkstyle's own console logger, and every violation would be printed a second time.)
assert log.count('The literal "team…" (17 chars) is passed as the API key') == 1
assert log.count('The value of spring.ai.openai.api-key is a literal key') == 1
// Suppressed findings and the correct form stay quiet; no literal is printed whole.
assert !log.contains(':[20,')
assert !log.contains(':[25,')
['team-3f9a8c2e7b1d', 'prod-7c1e9a4f2b8d'].each { assert !log.contains(it) }
return true
