# One interface target carries the language standard, warnings and Qt defines for every target of
# the project, so no folder repeats them and none can drift.
add_library(callboard_options INTERFACE)
add_library(Callboard::options ALIAS callboard_options)

target_compile_features(callboard_options INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(callboard_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
    CALLBOARD_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(callboard_options INTERFACE /W4 /permissive- /utf-8)
    if(CALLBOARD_WERROR)
        target_compile_options(callboard_options INTERFACE /WX)
    endif()
else()
    target_compile_options(callboard_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wconversion -Wno-sign-conversion)
    if(CALLBOARD_WERROR)
        target_compile_options(callboard_options INTERFACE -Werror)
    endif()
endif()

# Sanitizers for the test suite, e.g. -DCALLBOARD_SANITIZE=address,undefined (GCC or Clang).
set(CALLBOARD_SANITIZE "" CACHE STRING "Comma-separated -fsanitize= list, empty for none")
if(CALLBOARD_SANITIZE)
    target_compile_options(callboard_options INTERFACE
        -fsanitize=${CALLBOARD_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(callboard_options INTERFACE -fsanitize=${CALLBOARD_SANITIZE})
endif()

# libFuzzer harnesses (tests/fuzz): every target gets coverage instrumentation and ASan/UBSan, and
# the harnesses link libFuzzer's main. Clang only; scripts/fuzz.sh configures such a build.
option(CALLBOARD_FUZZ "Build the libFuzzer harnesses in tests/fuzz (Clang only)" OFF)
if(CALLBOARD_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CALLBOARD_FUZZ needs Clang (libFuzzer); configure with "
                            "-DCMAKE_CXX_COMPILER=clang++ or use scripts/fuzz.sh")
    endif()
    if(CALLBOARD_SANITIZE)
        message(FATAL_ERROR "CALLBOARD_FUZZ already turns on address,undefined; leave "
                            "CALLBOARD_SANITIZE empty")
    endif()
    target_compile_options(callboard_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=all)
    target_link_options(callboard_options INTERFACE -fsanitize=address,undefined)
endif()
