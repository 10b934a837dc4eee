// Shared by the verify scripts: checks that build.log reports exactly the findings a sample's
// expected-findings.txt lists (path:line:col: level: RuleId), each once, as path:[line,col] RuleId.
// Returns the number of findings.
return { String buildLog, String sample ->
  def dir = new File(samples, sample).canonicalFile
  def expected = new File(dir, 'expected-findings.txt').readLines().findAll { it.trim() }
  assert !expected.isEmpty()
  expected.each { line ->
    def m = line =~ /^(.+):(\d+):(\d+): (error|warning): (\w+)$/
    assert m.matches() : "unexpected line in expected-findings.txt: $line"
    def logLevel = m.group(4) == 'error' ? 'ERROR' : 'WARNING'
    def logged = "[$logLevel] ${new File(dir, m.group(1)).path}:[${m.group(2)},${m.group(3)}] ${m.group(5)}: "
    assert buildLog.count(logged) == 1 : "expected once in build.log: $logged"
  }
  def allFindings = buildLog.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\[\d+,\d+\] \w+: / }
  assert allFindings.size() == expected.size() : "findings logged: $allFindings"
  expected.size()
}
