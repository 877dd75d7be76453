#!/usr/bin/env bash
# Rebuilds engine/src/main/resources/lib/x86_64-linux-gnu-tree-sitter{,-python}.so: the very C sources of the tree-sitter
# binding the build depends on (io.github.bonede tree-sitter 0.25.3 and tree-sitter-python 0.23.4: tree-sitter's lib.c at
# v0.25.3, tree-sitter-python's parser.c and scanner.c at v0.23.4, the binding's JNI glue at its tag v0.25.3), compiled
# with -O2 and guided by a profile. The binding ships them compiled without optimisation (zig's default): its parses and
# queries took about 1.3 s more CPU on a lint of Debian's torch tree. The shaded jars carry these in place of the
# binding's x86_64 Linux libraries (the parent pom's shade filter); other platforms keep the binding's.
# The profile: a build instrumented with -fprofile-generate parses the .py files of the test corpus
# (engine/src/test/resources/python-projects, in sorted order, on one thread: train-parse.c), and the libraries are
# built again from its counts (-fprofile-use). Parses of files outside that corpus (Debian's torch tree) took about
# 0.835 x the CPU of the -O2 build; -O3 alone gained nothing. The same sources, corpus and gcc give the same libraries.
# Usage: build-tree-sitter.sh [TREE_SITTER_REPO TREE_SITTER_PYTHON_REPO BINDING_REPO] (git repositories or URLs; the
# GitHub ones by default). Needs git and gcc (built with Debian 12's gcc 12.2.0).
set -euo pipefail
out="$(cd "$(dirname "$0")/../resources" && pwd)/lib"
core="${1:-https://github.com/tree-sitter/tree-sitter}"
python="${2:-https://github.com/tree-sitter/tree-sitter-python}"
binding="${3:-https://github.com/bonede/tree-sitter-ng}"
src="$(mktemp -d)"
trap 'rm -rf "$src"' EXIT
fetch() {  # only the paths used: the binding's repository holds every grammar's prebuilt libraries
  git -c advice.detachedHead=false clone -q --no-checkout --depth 1 --branch "$2" "$1" "$src/$3" 2>/dev/null
  git -C "$src/$3" sparse-checkout set --no-cone "${@:4}"
  git -c advice.detachedHead=false -C "$src/$3" checkout -q "$2"
}
fetch "$core" v0.25.3 core /lib/
fetch "$python" v0.23.4 python /src/
fetch "$binding" v0.25.3 binding /include/jni/ /tree-sitter/src/main/c/ /tree-sitter-python/src/main/c/
jni="$src/binding/include/jni"
corpus="$(cd "$(dirname "$0")/../../test/resources/python-projects" && pwd)"
build() {  # build DIR FLAGS...: both libraries into DIR (always the same DIR: the profile's files are named after it)
  local dir=$1
  shift
  local flags=(-O2 "$@" -g0 -shared -fPIC -ffile-prefix-map="$src"=. -I "$jni" -I "$jni/linux" -I "$src/core/lib/include")
  mkdir -p "$dir"
  gcc "${flags[@]}" -I "$src/core/lib/src" -o "$dir/x86_64-linux-gnu-tree-sitter.so" \
    "$src"/binding/tree-sitter/src/main/c/*.c "$src/core/lib/src/lib.c"
  gcc "${flags[@]}" -I "$src/python/src" -o "$dir/x86_64-linux-gnu-tree-sitter-python.so" \
    "$src"/binding/tree-sitter-python/src/main/c/*.c "$src/python/src/parser.c" "$src/python/src/scanner.c"
}
build "$src/lib" -fprofile-generate -fprofile-update=single -fprofile-dir="$src/profile"
gcc -O2 -o "$src/train-parse" "$(dirname "$0")/train-parse.c" -ldl
(cd "$corpus" && find . -name '*.py' | LC_ALL=C sort | sed "s|^\.|$corpus|") | "$src/train-parse" "$src/lib"
rm -f "$src"/lib/*.so
build "$src/lib" -fprofile-use -fprofile-dir="$src/profile" -fprofile-partial-training
mkdir -p "$out"
cp "$src"/lib/*.so "$out/"
