#!/usr/bin/env bash
# Collects the translatable texts into the Qt Linguist files (keeps existing translations).
# Then translate with: .venv/bin/pyside6-linguist resources/translations/tcns_en.ts
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(grep -rlE 'tr\(|translate\(|QT_TRANSLATE_NOOP\(' tcns_desktop --include='*.py' | sort)
.venv/bin/pyside6-lupdate "${sources[@]}" -source-language vi -target-language en \
  -no-obsolete -locations none -ts resources/translations/tcns_en.ts
