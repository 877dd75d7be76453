/*
 * The training run of build-tree-sitter.sh's profile-guided build: parses each file named on stdin once, in order, on
 * one thread, with the libraries in the directory given (so that the counts it records, and the libraries built from
 * them, are the same on every build).
 */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void *(*parser_new)(void);
typedef int (*set_language)(void *, const void *);
typedef void *(*parse_string)(void *, void *, const char *, uint32_t);
typedef void (*tree_delete)(void *);
typedef const void *(*language)(void);

static void *open_library(const char *dir, const char *name) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    void *library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        fprintf(stderr, "%s\n", dlerror());
        exit(1);
    }
    return library;
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: train-parse LIBRARY_DIR < FILE_LIST\n");
        return 2;
    }
    void *core = open_library(argv[1], "x86_64-linux-gnu-tree-sitter.so");
    void *python = open_library(argv[1], "x86_64-linux-gnu-tree-sitter-python.so");
    void *parser = ((parser_new) dlsym(core, "ts_parser_new"))();
    ((set_language) dlsym(core, "ts_parser_set_language"))(parser, ((language) dlsym(python, "tree_sitter_python"))());
    parse_string parse = (parse_string) dlsym(core, "ts_parser_parse_string");
    tree_delete drop = (tree_delete) dlsym(core, "ts_tree_delete");
    char name[4096];
    while (fgets(name, sizeof name, stdin)) {
        name[strcspn(name, "\n")] = 0;
        FILE *f = fopen(name, "rb");
        if (!f) continue;
        fseek(f, 0, SEEK_END);
        long size = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *text = malloc(size + 1);
        size_t got = fread(text, 1, size, f);
        fclose(f);
        drop(parse(parser, NULL, text, (uint32_t) got));
        free(text);
    }
    return 0;
}
