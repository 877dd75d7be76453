#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml): lints the staged training code (.py, .ipynb) and model files pre-commit
# passes, skipping files that hold no model (pre-commit passes every *.json) and, as ruff's hook does with --force-exclude,
# files the project excludes (venv/, build/, .gitignore'd ones). Builds the lint jar on first use; LOSS_ADVISOR overrides the command.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ -z "${LOSS_ADVISOR:-}" ] && [ ! -f "$here/engine/target/loss-advisor.jar" ]; then
  echo "loss-advisor: building the lint jar once (Maven)..." >&2
  mvn -B -q -f "$here/pom.xml" -pl engine -am package -DskipTests >&2 || exit 2
fi
read -r -a cmd <<< "${LOSS_ADVISOR:-$here/loss-advisor}"
[ $# -eq 0 ] && exit 0
exec "${cmd[@]}" lint --skip-other-files --force-exclude "$@"
