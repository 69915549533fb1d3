@echo off
rem Builds Prompt Playground when needed, then runs it (the Windows twin of ./playground).
rem   playground                 opens the window
rem   playground --help          the command line (run, render, prompt, ...)
rem   playground --data-dir DIR  use another store folder (or set PLAYGROUND_HOME)
setlocal EnableDelayedExpansion
set "here=%~dp0"
set "jar=%here%app\target\playground-app.jar"

rem A JDK 21 or newer: JAVA_HOME if it is one, else the java on the PATH.
set "java="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "java=%JAVA_HOME%\bin\java.exe"
if not defined java for /f "delims=" %%j in ('where java 2^>nul') do if not defined java set "java=%%j"
if not defined java goto :nojava
set "major="
for /f "tokens=2 delims==" %%v in ('"!java!" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "major=%%v"
set "major=!major: =!"
for /f "delims=." %%m in ("!major!") do set "major=%%m"
if not defined major goto :nojava
if !major! LSS 21 goto :nojava
for %%d in ("!java!\..\..") do set "JAVA_HOME=%%~fd"

rem Build on first use; after pulling new sources, run "mvnw.cmd -DskipTests package -pl app -am" (or delete the jar).
if not exist "%jar%" (
  echo Building Prompt Playground ^(first run^)... 1>&2
  pushd "%here%" && call mvnw.cmd -q -B -DskipTests package -pl app -am 1>&2
  set "built=!errorlevel!"
  popd
  if not "!built!"=="0" exit /b !built!
)

rem The same flags as ./playground; a class-data archive written by the first start and mapped by later ones.
set "flags=--enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8"
if !major! GEQ 23 set "flags=!flags! --sun-misc-unsafe-memory-access=allow"
set "gui=0"
if "%~1"=="" set "gui=1"
if "%~1"=="--data-dir" if "%~3"=="" set "gui=1"
if "!gui!"=="1" (
  set "flags=!flags! --add-modules jdk.incubator.vector -XX:SharedArchiveFile=%here%app\target\playground.jsa -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off"
) else (
  set "flags=!flags! -XX:+UseSerialGC -XX:SharedArchiveFile=%here%app\target\playground-cli.jsa -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off"
)
"!java!" !flags! -jar "%jar%" %*
exit /b !errorlevel!

:nojava
echo Prompt Playground needs a JDK 21 or newer. Install one and set JAVA_HOME to it. 1>&2
exit /b 1
