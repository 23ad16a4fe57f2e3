#!/usr/bin/env bash
# Sets up the environment and runs every check: ruff, mypy, import-linter, then pytest.
# Ends with pytest's own summary line. Needs no display: Qt runs offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup_env.sh dev
export QT_QPA_PLATFORM=offscreen
# One command per line: with "set -e", a failure inside an "a && b" list would not stop us.
echo "== ruff"
.venv/bin/ruff check --output-format concise .
.venv/bin/ruff format --check .
echo "== mypy"
.venv/bin/mypy
echo "== import-linter"
.venv/bin/lint-imports
echo "== pytest"; exec .venv/bin/pytest "$@"
