import groovy.json.JsonSlurper

def buildLog = new File(basedir, 'build.log').text
assert buildLog =~ /\[INFO\] authlint: 0 errors, 0 warnings in \d+ files; report: target\/authlint\.sarif/
assert new JsonSlurper().parse(new File(basedir, 'target/authlint.sarif')).runs[0].results.isEmpty()
