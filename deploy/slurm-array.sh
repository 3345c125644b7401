#!/bin/bash
# A Slurm job array: one task per shard, each parsing its part of the corpus
# (chosen by a stable hash of each path relative to the corpus folder) into
# one shared output folder. Submit with:  sbatch deploy/slurm-array.sh
# A task that failed or timed out is resubmitted with the same index and
# resumes (--resume): sbatch --array=7 deploy/slurm-array.sh
# Sizing: README › Scaling out. Afterwards, on one node:
#   jaarparse merge "$OUT" --to parquet --table budget > budget.parquet
#SBATCH --job-name=jaarparse
#SBATCH --array=0-49
#SBATCH --cpus-per-task=4
#SBATCH --mem=6G
#SBATCH --time=04:00:00
#SBATCH --output=logs/jaarparse-%A_%a.log
set -euo pipefail

CORPUS=${CORPUS:-/shared/corpus}
OUT=${OUT:-/shared/jaarparse-out}
# jaarparse from npm (npm install -g jaarparse), or the image: apptainer exec docker://ghcr.io/example/jaarparse:latest node /app/bin/jaarparse.js
JAARPARSE=${JAARPARSE:-jaarparse}

# --shard auto reads SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT.
# --jobs is left to its default: a worker per core Slurm gives the task (--cpus-per-task), for 512 KB of input or more.
$JAARPARSE parse "$CORPUS" --shard auto --resume --out "$OUT" --quiet
