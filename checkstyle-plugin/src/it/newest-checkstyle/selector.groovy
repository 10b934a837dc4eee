// Checkstyle 13+ needs Java 21+: skip, saying why, where the JDK that invoker.properties names is absent.
def properties = new Properties()
new File(basedir, 'invoker.properties').withInputStream { properties.load(it) }
def jdk = properties.getProperty('invoker.environmentVariables.JAVA_HOME')
if (!new File(jdk, 'bin/java').canExecute()) {
    println "[WARNING] newest-checkstyle SKIPPED: no JDK at ${jdk}, and Checkstyle ${newestCheckstyle} needs Java 21+." +
        " Point invoker.environmentVariables.JAVA_HOME in src/it/newest-checkstyle/invoker.properties at a JDK 21+."
    return false
}
return true
