#!/usr/bin/env bash
# Builds and runs the libFuzzer targets of CentralAsiaKit.
#
#   Fuzz/run.sh [target|all] [seconds]     e.g.  Fuzz/run.sh page 600    Fuzz/run.sh all 30
#
# The library is compiled once from Sources/CentralAsiaKit with `-sanitize=fuzzer,address` and
# `-enable-testing`. Each target is one file, Fuzz/Targets/<name>.swift, that defines
# `LLVMFuzzerTestOneInput` (it may `@testable import CentralAsiaKit`, and `import CentralAsiaFeeds`,
# which builds and links the feeds library too); it is compiled with
# Fuzz/Support/*.swift and linked against the library. Its header line
#   // seeds: <glob> [<glob> ...]
# names the seed files (relative to the package root); they are copied into Fuzz/corpus/<name>/,
# which also keeps what the fuzzer discovers. An optional Fuzz/Targets/<name>.dict is passed as a
# libFuzzer dictionary. A new target is that one file (plus, optionally, its dictionary).
#
# Each target runs for `seconds` (default 60; 0 only builds). The script exits non-zero when any
# target crashes, breaks an invariant, leaks, hangs (more than 1 s on one input) or runs out of
# memory (2 GB); the input that did it is in Fuzz/build/artifacts/<name>/, the log in
# Fuzz/build/logs/<name>.log. Build products go to Fuzz/build/ (ignored by git).
set -euo pipefail
shopt -s nullglob globstar
cd "$(dirname "$0")/.."

target=${1:-all}
seconds=${2:-60}
fuzz=Fuzz
build=$fuzz/build
library_sources=(Sources/CentralAsiaKit/**/*.swift)
feeds_sources=(Sources/CentralAsiaFeeds/**/*.swift)

swift_flags=(
    -sanitize=fuzzer,address -parse-as-library -swift-version 6 -O -g -use-ld=lld
    -package-name centralasiakit
    -enable-upcoming-feature ExistentialAny
    -enable-upcoming-feature MemberImportVisibility
    -enable-upcoming-feature InternalImportsByDefault
    -module-cache-path "$build/module-cache"
)

targets() {
    for file in "$fuzz"/Targets/*.swift; do basename "$file" .swift; done
}

# Runs a build command with its output in a log, shown only when it fails.
quietly() {
    local log=$1 product=$2
    shift 2
    if ! "$@" >"$log" 2>&1; then
        # swiftc may have written the product before failing (a source changed during the build):
        # remove it, or the next run would take it for up to date.
        rm -f "$product"
        cat "$log" >&2
        echo "error: build failed: $*" >&2
        return 1
    fi
}

# True when the product is missing or older than any of the inputs.
stale() {
    local product=$1
    shift
    [[ ! -e $product ]] || [[ -n $(find "$@" "$0" -newer "$product" -print -quit) ]]
}

build_library() {
    local lib=$build/lib
    mkdir -p "$lib" "$build/logs" "$build/module-cache"
    stale "$lib/libCentralAsiaKit.a" "${library_sources[@]}" || return 0
    echo "== building the library"
    # A static library is an archive that swiftc updates: objects of deleted sources would stay.
    rm -f "$lib/libCentralAsiaKit.a"
    quietly "$build/logs/library.build.log" "$lib/libCentralAsiaKit.a" swiftc "${swift_flags[@]}" -module-name CentralAsiaKit -enable-testing \
        -emit-library -static -emit-module -emit-module-path "$lib/CentralAsiaKit.swiftmodule" \
        -o "$lib/libCentralAsiaKit.a" "${library_sources[@]}"
}

build_feeds_library() {
    local lib=$build/lib
    stale "$lib/libCentralAsiaFeeds.a" "${feeds_sources[@]}" "$lib/libCentralAsiaKit.a" || return 0
    echo "== building the feeds library"
    rm -f "$lib/libCentralAsiaFeeds.a"
    quietly "$build/logs/feeds-library.build.log" "$lib/libCentralAsiaFeeds.a" swiftc "${swift_flags[@]}" -module-name CentralAsiaFeeds \
        -enable-testing -I "$lib" -emit-library -static -emit-module -emit-module-path "$lib/CentralAsiaFeeds.swiftmodule" \
        -o "$lib/libCentralAsiaFeeds.a" "${feeds_sources[@]}"
}

build_target() {
    local name=$1 binary=$build/bin/$1
    local sources=("$fuzz"/Support/*.swift "$fuzz/Targets/$name.swift")
    mkdir -p "$build/bin"
    local libraries=(-lCentralAsiaKit) archives=("$build/lib/libCentralAsiaKit.a")
    # A target that imports CentralAsiaFeeds links the feeds library too.
    if grep -q '^import CentralAsiaFeeds\|^@testable import CentralAsiaFeeds' "$fuzz/Targets/$name.swift"; then
        build_feeds_library
        libraries=(-lCentralAsiaFeeds -lCentralAsiaKit -lFoundationXML)
        archives+=("$build/lib/libCentralAsiaFeeds.a")
    fi
    stale "$binary" "${sources[@]}" "${archives[@]}" || return 0
    echo "== building $name"
    quietly "$build/logs/$name.build.log" "$binary" swiftc "${swift_flags[@]}" -module-name "Fuzz_$name" \
        -I "$build/lib" -L "$build/lib" "${libraries[@]}" "${sources[@]}" -o "$binary"
}

seed_target() {
    local name=$1 corpus=$fuzz/corpus/$1 patterns pattern file
    mkdir -p "$corpus"
    patterns=$(sed -n 's|^// seeds: ||p' "$fuzz/Targets/$name.swift" | head -n 1)
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
    mkdir -p "$artifacts"
    local options=(
        -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -malloc_limit_mb=2048
        -detect_leaks=1 -print_final_stats=1 -artifact_prefix="$artifacts"
    )
    [[ -f $fuzz/Targets/$name.dict ]] && options+=(-dict="$fuzz/Targets/$name.dict")
    echo "== fuzzing $name for ${seconds}s (log: $log)"
    local status=0
    # The Swift backtracer would race ASan's report; libFuzzer prints the stack itself.
    SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions="$fuzz/lsan.supp" "$build/bin/$name" "${options[@]}" "$fuzz/corpus/$name" >"$log" 2>&1 || status=$?
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

build_library
failed=0
for name in "${selected[@]}"; do
    build_target "$name"
    seed_target "$name"
    if ((seconds > 0)); then run_target "$name" || failed=1; fi
done
exit $failed
