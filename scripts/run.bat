@echo off
rem Sets up the environment (first time only) and starts TCNS Desktop on Windows.
cd /d "%~dp0\.."
if not exist .venv\Scripts\python.exe py -3 -m venv .venv
.venv\Scripts\python -m pip install -q --disable-pip-version-check -e .
for %%f in (resources\translations\*.ts) do .venv\Scripts\pyside6-lrelease -silent "%%f" -qm "%%~dpnf.qm"
.venv\Scripts\tcns %*
