#!/bin/sh
# GNU parallel over a few machines by ssh: 8 shards, 2 at a time on each of
# four hosts that mount the corpus and the output folder at the same place
# (NFS, or a bucket mounted with rclone/s3fs/gcsfuse). PARALLEL_SEQ (1…8)
# picks the shard; auto/8 says how many there are. Rerun the same line to
# resume what failed or was interrupted.
seq 8 | parallel --sshlogin 2/host1,2/host2,2/host3,2/host4 --halt never --joblog jaarparse.joblog \
  'cd /mnt/data && jaarparse parse corpus --shard auto/8 --resume --out out --jobs 1 --quiet'
# Then: jaarparse merge /mnt/data/out --to parquet --table budget > budget.parquet
