#!/usr/bin/env bash
# The load benchmark at the edge (issue 16): builds the silo and the benchmark in Release, then runs
# `Vrss.Bench edge`: a throwaway PostgreSQL with pg_stat_statements, one silo process on it, a power-law
# population, wrk at 64 connections per scenario, pgbench and /health/live as baselines in the same run.
# Run it under the machine's build lock so nothing builds beside it:
#   flock /tmp/vrss-build.lock bench/edge/run.sh --label latest --write docs/benchmarks.md
# Options: --users N (3000) --drivers N (64) --connections N (64) --seconds N (10) --label TEXT --write FILE
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
command -v pgbench >/dev/null || { echo "pgbench is missing (it ships with PostgreSQL)" >&2; exit 2; }
dotnet build bench/Vrss.Bench/Vrss.Bench.csproj -c Release -nologo -v quiet
exec dotnet bench/Vrss.Bench/bin/Release/net10.0/Vrss.Bench.dll edge "$@"
