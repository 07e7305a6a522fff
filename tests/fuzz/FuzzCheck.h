#pragma once

#include <cstdio>
#include <cstdlib>

namespace callboard::fuzz {

/// Stops the run when a harness's invariant fails: libFuzzer (and the replay test) report an
/// abort as a crash, with the input that caused it.
inline void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant failed: %s\n", what);
        std::abort();
    }
}

} // namespace callboard::fuzz
