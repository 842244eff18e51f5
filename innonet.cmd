@echo off
rem Innonet launcher for Windows: builds on first use, then runs the program.
setlocal
set HERE=%~dp0
if not exist "%HERE%app\target\innonet.jar" (
  echo Innonet: сборка программы...
  call "%HERE%mvnw.cmd" -q -B -DskipTests package || exit /b 1
)
if defined JAVA_HOME (set JAVA="%JAVA_HOME%\bin\java") else (set JAVA=java)
%JAVA% -Dfile.encoding=UTF-8 -jar "%HERE%app\target\innonet.jar" %*
