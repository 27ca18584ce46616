# `daily-insights key ...` end to end against a real Secret Service, the same
# way keychain.cmake tests the store itself.
find_program(DBUS_RUN_SESSION dbus-run-session)
find_program(GNOME_KEYRING_DAEMON gnome-keyring-daemon)
find_program(SECRET_TOOL secret-tool)
if(DBUS_RUN_SESSION AND GNOME_KEYRING_DAEMON AND SECRET_TOOL)
  set(_home "${CMAKE_CURRENT_BINARY_DIR}/cli-key-home")
  file(MAKE_DIRECTORY "${_home}")
  add_test(NAME cli_key_keychain COMMAND ${DBUS_RUN_SESSION} -- sh -c
    "echo -n ci-pass | ${GNOME_KEYRING_DAEMON} --unlock --components=secrets --daemonize >/dev/null && exec sh \"$0\" \"$1\" \"$2\""
    "${CMAKE_CURRENT_SOURCE_DIR}/cli/key_roundtrip.sh" $<TARGET_FILE:daily-insights> "${CMAKE_CURRENT_BINARY_DIR}/cli-key-work")
  set_tests_properties(cli_key_keychain PROPERTIES
    ENVIRONMENT "HOME=${_home};QT_QPA_PLATFORM=offscreen;XDG_CONFIG_HOME=${_home}/.config;XDG_DATA_HOME=${_home}/.local/share"
    LABELS "cli;keychain" TIMEOUT 120)
else()
  message(STATUS "cli_key_keychain test skipped: dbus-run-session, gnome-keyring-daemon or secret-tool not found")
endif()

# The origin binding of a stored key (issue 8 item 11) through the real
# executable: test_cli's CliKeyOrigin.* inside the same kind of private
# keyring (the test skips itself anywhere else).
if(DBUS_RUN_SESSION AND GNOME_KEYRING_DAEMON AND TARGET test_cli)
  set(_origin_home "${CMAKE_CURRENT_BINARY_DIR}/cli-key-origin-home")
  file(MAKE_DIRECTORY "${_origin_home}")
  add_test(NAME cli_key_origin COMMAND ${DBUS_RUN_SESSION} -- sh -c
    "echo -n ci-pass | ${GNOME_KEYRING_DAEMON} --unlock --components=secrets --daemonize >/dev/null && exec \"$0\" --gtest_filter=CliKeyOrigin.*"
    $<TARGET_FILE:test_cli>)
  set_tests_properties(cli_key_origin PROPERTIES
    ENVIRONMENT "HOME=${_origin_home};QT_QPA_PLATFORM=offscreen;DI_PRIVATE_KEYRING=1;XDG_DATA_HOME=${_origin_home}/.local/share"
    LABELS "cli;keychain" TIMEOUT 180)
endif()
