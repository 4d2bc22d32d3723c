@echo off
rem XKMT launcher for Windows: the JVM settings docs/performance.md was measured with (see xkmt).
rem XKMT_JAVA_OPTS replaces them; JAVA_HOME chooses the JVM.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "OPTS=%XKMT_JAVA_OPTS%"
if not defined OPTS if /I "%~1"=="serve" set "OPTS=-Xmx1g"
if not defined OPTS set "OPTS=-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
"%JAVA%" %OPTS% -Dxkmt.jvm=launcher -jar "%~dp0xkmt.jar" %*
exit /b %ERRORLEVEL%
