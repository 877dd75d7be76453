#!/usr/bin/env bash
# The lint step of the GitHub Action (action.yml): lints the given paths into a SARIF file and a readable log,
# records the exit code as a step output and exits 0, so that the SARIF upload runs before the action fails.
# Inputs come as INPUT_* variables; LOSS_ADVISOR overrides the command (tests use it).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
read -r -a cmd <<< "${LOSS_ADVISOR:-$here/loss-advisor}"
read -r -a paths <<< "${INPUT_PATHS:-.}"
sarif="${INPUT_SARIF:-loss-advisor.sarif}"
fail_on="${INPUT_FAIL_ON:-error}"
extra=()
[ -n "${INPUT_CONFIG:-}" ] && extra+=(--config "$INPUT_CONFIG")

"${cmd[@]}" lint "${paths[@]}" "${extra[@]}" --fail-on never --color never || true
"${cmd[@]}" lint "${paths[@]}" "${extra[@]}" --fail-on "$fail_on" --format sarif > "$sarif"
code=$?
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  { echo "sarif=$sarif"; echo "exit-code=$code"; } >> "$GITHUB_OUTPUT"
fi
echo "loss-advisor: exit $code (0 clean, 1 findings at or above $fail_on, 2 unreadable input)"
exit 0
