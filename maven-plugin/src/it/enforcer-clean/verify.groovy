def buildLog = new File(basedir, 'build.log').text
assert buildLog.contains("Apache Maven $mavenVersion")
assert buildLog.contains('[INFO] authlint: 0 errors, 0 warnings in 2 files')
assert buildLog.contains('BUILD SUCCESS')
