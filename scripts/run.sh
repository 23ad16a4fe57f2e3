#!/usr/bin/env bash
# Sets up the environment (first time only takes a minute) and starts TCNS Desktop.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup_env.sh
exec .venv/bin/tcns "$@"
