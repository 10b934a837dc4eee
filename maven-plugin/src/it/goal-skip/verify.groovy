def buildLog = new File(basedir, 'build.log').text
assert buildLog.contains('[INFO] authlint: skipped')
assert !buildLog.contains('HardcodedApiKey')
assert !new File(basedir, 'target/authlint.sarif').exists()
