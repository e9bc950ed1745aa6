#!/usr/bin/env bash
# Builds and runs the libFuzzer targets of CentralAsiaKit.
#
#   Fuzz/run.sh [target|all] [seconds]        e.g.  Fuzz/run.sh page 600    Fuzz/run.sh all 30
#
# Each target is one file, Fuzz/Targets/<name>.swift, that defines `LLVMFuzzerTestOneInput`. It is
# compiled together with every source file of the library (one module, so it may use internal API)
# and Fuzz/Support/*.swift, with `-sanitize=fuzzer,address`. Its header line
#   // seeds: <glob> [<glob> ...]
# names the seed files (relative to the package root); they are copied into Fuzz/corpus/<name>/,
# which also keeps what the fuzzer discovers. An optional Fuzz/Targets/<name>.dict is passed as a
# libFuzzer dictionary. Build products, logs and crash artifacts go to Fuzz/build/.
#
# Exits non-zero when any target crashes, leaks, hangs (more than 1 s on one input) or runs out of
# memory (2 GB); the input that did it is in Fuzz/build/artifacts/<name>/.
set -euo pipefail
shopt -s nullglob globstar
cd "$(dirname "$0")/.."

target=${1:-all}
seconds=${2:-60}
fuzz=Fuzz
build=$fuzz/build

swift_flags=(
    -sanitize=fuzzer,address -parse-as-library -swift-version 6 -O -g
    -enable-upcoming-feature ExistentialAny
    -enable-upcoming-feature MemberImportVisibility
    -enable-upcoming-feature InternalImportsByDefault
    -module-name CentralAsiaKit -use-ld=lld
)

targets() {
    for file in "$fuzz"/Targets/*.swift; do basename "$file" .swift; done
}

build_target() {
    local name=$1 binary=$build/bin/$1
    local sources=(Sources/CentralAsiaKit/**/*.swift "$fuzz"/Support/*.swift "$fuzz/Targets/$name.swift")
    mkdir -p "$build/bin" "$build/module-cache"
    # Rebuild only when a source is newer than the binary.
    if [[ -x $binary ]] && [[ -z $(find "${sources[@]}" "$0" -newer "$binary" -print -quit) ]]; then
        return
    fi
    echo "== building $name"
    mkdir -p "$build/logs"
    if ! swiftc "${swift_flags[@]}" -module-cache-path "$build/module-cache" "${sources[@]}" -o "$binary" \
        >"$build/logs/$name.build.log" 2>&1; then
        cat "$build/logs/$name.build.log" >&2
        echo "error: cannot build target $name" >&2
        return 1
    fi
}

seed_target() {
    local name=$1 corpus=$fuzz/corpus/$1 patterns
    mkdir -p "$corpus"
    patterns=$(sed -n 's|^// seeds: ||p' "$fuzz/Targets/$name.swift" | head -n 1)
    local pattern file
    for pattern in $patterns; do
        for file in $pattern; do
            [[ -f $file ]] || continue
            # Name seeds after their path so fixtures with the same name in two folders both count.
            cp "$file" "$corpus/seed-$(echo "$file" | tr '/' '_')"
        done
    done
}

run_target() {
    local name=$1 artifacts=$build/artifacts/$1/ log=$build/logs/$1.log
    mkdir -p "$artifacts" "$build/logs"
    local options=(
        -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -malloc_limit_mb=2048
        -detect_leaks=1 -print_final_stats=1 -artifact_prefix="$artifacts"
    )
    [[ -f $fuzz/Targets/$name.dict ]] && options+=(-dict="$fuzz/Targets/$name.dict")
    echo "== fuzzing $name for ${seconds}s (log: $log)"
    local status=0
    # The Swift backtracer would race ASan's report; libFuzzer prints the stack itself.
    SWIFT_BACKTRACE=enable=no "$build/bin/$name" "${options[@]}" "$fuzz/corpus/$name" >"$log" 2>&1 || status=$?
    local runs
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if ((status != 0)); then
        echo "error: target $name failed (exit $status) after ${runs:-?} executions; see $log and $artifacts" >&2
        grep -m 5 -E 'fuzz invariant failed|Fatal error|runtime failure|ERROR: libFuzzer|==ERROR|SUMMARY' "$log" >&2 ||
            tail -n 20 "$log" >&2
        return 1
    fi
    echo "   $name: ${runs:-?} executions, no findings"
}

if [[ $target == all ]]; then
    selected=($(targets))
elif [[ -f $fuzz/Targets/$target.swift ]]; then
    selected=("$target")
else
    echo "error: no target \"$target\"; targets: all $(targets | tr '\n' ' ')" >&2
    exit 2
fi

failed=0
for name in "${selected[@]}"; do
    build_target "$name"
    seed_target "$name"
    run_target "$name" || failed=1
done
exit $failed
