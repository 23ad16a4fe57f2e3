#!/usr/bin/env bash
# Creates (or refreshes) the project's virtual environment and compiles the translations.
# Usage: scripts/setup_env.sh [extra]   e.g. "dev" installs the test and lint tools too.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
extra="${1:-}"
spec="."
[ -n "$extra" ] && spec=".[$extra]"
.venv/bin/python -m pip install -qq --disable-pip-version-check -e "$spec"
for ts in resources/translations/*.ts; do
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
