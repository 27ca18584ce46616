# The QtKeychain store against a real Secret Service (issue 3 §5): a private
# D-Bus session with gnome-keyring-daemon unlocked, and an isolated HOME so
# that no keyring is written to the real home directory. See TOOLCHAIN.md,
# "Keychain recipe".
add_executable(keychain_test "${CMAKE_CURRENT_SOURCE_DIR}/keychain/keychain_main.cpp")
target_compile_options(keychain_test PRIVATE ${DI_WARNINGS})
target_link_libraries(keychain_test PRIVATE di_secrets Qt6::Core Qt6::Test GTest::gtest)

find_program(DBUS_RUN_SESSION dbus-run-session)
find_program(GNOME_KEYRING_DAEMON gnome-keyring-daemon)
if(DBUS_RUN_SESSION AND GNOME_KEYRING_DAEMON)
  set(_kc_home "${CMAKE_CURRENT_BINARY_DIR}/keychain-home")
  file(MAKE_DIRECTORY "${_kc_home}")
  add_test(NAME keychain_secret_service COMMAND ${DBUS_RUN_SESSION} -- sh -c
    "echo -n ci-pass | ${GNOME_KEYRING_DAEMON} --unlock --components=secrets --daemonize >/dev/null && exec \"$0\""
    $<TARGET_FILE:keychain_test>)
  set_tests_properties(keychain_secret_service PROPERTIES
    ENVIRONMENT "HOME=${_kc_home};QT_QPA_PLATFORM=offscreen"
    LABELS "secrets;keychain" TIMEOUT 60)
else()
  message(STATUS "keychain_secret_service test skipped: dbus-run-session or gnome-keyring-daemon not found")
endif()
