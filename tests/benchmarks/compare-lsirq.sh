#!/bin/sh
# SPDX-FileCopyrightText: 2026 IRQ Scope authors
# SPDX-License-Identifier: GPL-2.0-or-later
#
# compare-lsirq.sh BINDIR [RUNS] [CPUS IRQS]
#
# Times `irqscope-cli list --root R` against util-linux `lsirq` on the same synthetic
# /proc/interrupts (default 256 CPUs x 2000 IRQs from irqscope-bench-gen), RUNS times each
# (default 20), and prints the milliseconds per run and the ratio. BINDIR is the directory
# holding irqscope-cli and irqscope-bench-gen (build/<preset>/bin). lsirq only reads the real
# /proc/interrupts, so the file is bind-mounted over it inside a private mount namespace:
# this needs root, or unprivileged user namespaces (then `unshare -rm` is used).
# Whole loops are timed, process start-up included, as a user would see it.

set -eu

usage() {
    echo "usage: $0 BINDIR [RUNS] [CPUS IRQS]" >&2
    exit 2
}

[ $# -ge 1 ] || usage
bindir=$1
runs=${2:-20}
cpus=${3:-256}
irqs=${4:-2000}
case $runs$cpus$irqs in *[!0-9]*) usage ;; esac
[ "$runs" -ge 1 ] || usage

cli=$bindir/irqscope-cli
gen=$bindir/irqscope-bench-gen
for tool in "$cli" "$gen"; do
    [ -x "$tool" ] || { echo "$0: $tool not found (build the project first)" >&2; exit 1; }
done
command -v lsirq >/dev/null || { echo "$0: lsirq (util-linux) not found" >&2; exit 1; }
command -v unshare >/dev/null || { echo "$0: unshare (util-linux) not found" >&2; exit 1; }

root=$(mktemp -d "${TMPDIR:-/tmp}/irqscope-lsirq.XXXXXX")
trap 'rm -rf "$root"' EXIT INT TERM
mkdir -p "$root/proc"
"$gen" "$cpus" "$irqs" > "$root/proc/interrupts"
size=$(wc -c < "$root/proc/interrupts")

now_ns() { date +%s%N; }

# Fail early (and loudly) rather than time a command that does not work.
"$cli" list --root "$root" > /dev/null

start=$(now_ns)
i=0
while [ "$i" -lt "$runs" ]; do
    "$cli" list --root "$root" > /dev/null
    i=$((i + 1))
done
cli_ns=$(( $(now_ns) - start ))

if [ "$(id -u)" -eq 0 ]; then
    ns="unshare -m"
else
    ns="unshare -rm"
fi
# Inside the namespace: bind the file, check lsirq really reads it, then time the loop only.
# shellcheck disable=SC2016 # expanded by the inner shell
lsirq_ns=$($ns sh -c '
    set -eu
    mount --bind "$1" /proc/interrupts
    lsirq | grep -q "mlx5_comp0@pci" || { echo "lsirq does not read the bind-mounted file" >&2; exit 1; }
    start=$(date +%s%N)
    i=0
    while [ "$i" -lt "$2" ]; do
        lsirq > /dev/null
        i=$((i + 1))
    done
    echo $(( $(date +%s%N) - start ))
' sh "$root/proc/interrupts" "$runs")

awk -v cli="$cli_ns" -v lsirq="$lsirq_ns" -v runs="$runs" -v size="$size" -v cpus="$cpus" -v irqs="$irqs" 'BEGIN {
    c = cli / runs / 1e6; l = lsirq / runs / 1e6
    printf "input:        %d CPUs x %d IRQs, %.1f MB, %d runs each\n", cpus, irqs, size / 1e6, runs
    printf "irqscope-cli: %8.2f ms per run\n", c
    printf "lsirq:        %8.2f ms per run\n", l
    printf "ratio:        %8.2f (irqscope-cli / lsirq)\n", c / l
}'
