def buildLog = new File(basedir, 'build.log').text
assert buildLog.contains("Apache Maven $mavenVersion")
assert buildLog =~ /\[INFO\] authlint: 0 errors, 0 warnings in \d+ files/
assert buildLog.contains('BUILD SUCCESS')
