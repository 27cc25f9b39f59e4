#!/bin/sh
# Regenerates both files (new random values each run; row order uses fixed seed 36) and validates them.
set -e
cd "$(dirname "$0")"
python3 gen_secrets.py
python3 gen_pii.py
python3 validate.py
