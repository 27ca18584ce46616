# Sanitizer settings for the sanitized test run (bash bootstrap.sh test) and
# the fuzzers. Source it before running a sanitized build by hand:
#   . tests/sanitizers/env.sh && (cd build-asan && ctest)
# Any report stops the process with a non-zero status, so a test fails.
_di_sanitizers=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=1:check_initialization_order=1:strict_string_checks=1:detect_stack_use_after_return=0:allocator_may_return_null=0:handle_abort=1"
export LSAN_OPTIONS="suppressions=${_di_sanitizers}/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1"
unset _di_sanitizers
